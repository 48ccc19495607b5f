using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.UseCases;
using MassTransit;

namespace IndustryPlatform.Indicators.Events;

/// <summary>
/// 3亿元以上项目新开工/新竣工 — a major project that started or was completed counts once in its district and month
/// (the city's figure is their sum), so the number is never typed in.
/// </summary>
public sealed class CountMajorProjects(IndicatorsDbContext db, IndicatorCache cache, TimeProvider clock)
    : CountingConsumer<ProjectStageAdvanced>(db, cache)
{
    public const string CountedBy = "event:ProjectStageAdvanced";

    protected override string DistrictOf(ProjectStageAdvanced message) => message.DistrictCode;

    protected override async Task<IReadOnlyCollection<Period>> CountAsync(ConsumeContext<ProjectStageAdvanced> context, Catalogue catalogue)
    {
        var message = context.Message;
        var source = message.Stage switch
        {
            ProjectStage.Started => "ProjectStarted",
            ProjectStage.Completed => "ProjectCompleted",
            _ => null,
        };
        if (!message.IsMajor || source is null)
        {
            return [];
        }

        var month = Period.Month(message.ActualDate.Year, message.ActualDate.Month);
        foreach (var indicator in catalogue.CountedFrom(source))
        {
            await CountedFigures.AddOneAsync(Db, indicator, message.DistrictCode, month, CountedBy, clock.GetUtcNow(), context.CancellationToken);
        }

        return [.. CountedFigures.Touched(month)];
    }
}
