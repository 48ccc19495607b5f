using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.Events;

/// <summary>
/// 3亿元以上项目新开工/新竣工 — a major project that started or was completed counts once in its district and month
/// (the city's figure is their sum), so the number is never typed in.
/// </summary>
public sealed class CountMajorProjects(IndicatorsDbContext db, IndicatorCache cache, TimeProvider clock)
    : CountingConsumer<ProjectStageAdvanced>(db, cache, clock)
{
    protected override string CountedBy => "event:ProjectStageAdvanced";

    protected override string DistrictOf(ProjectStageAdvanced message) => message.DistrictCode;

    protected override IEnumerable<(Indicator Indicator, Period Period)> Counts(ProjectStageAdvanced message, Catalogue catalogue)
    {
        var source = message.Stage switch
        {
            ProjectStage.Started => "ProjectStarted",
            ProjectStage.Completed => "ProjectCompleted",
            _ => null,
        };
        var month = Period.Month(message.ActualDate.Year, message.ActualDate.Month);
        return message.IsMajor && source is not null ? catalogue.CountedFrom(source).Select(i => (i, month)) : [];
    }
}
