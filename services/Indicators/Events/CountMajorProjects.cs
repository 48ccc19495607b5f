using IndustryPlatform.BuildingBlocks.Messaging;
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
    : IdempotentConsumer<ProjectStageAdvanced, IndicatorsDbContext>(db), IConsumer<ProjectStageAdvanced>
{
    public const string CountedBy = "event:ProjectStageAdvanced";

    private Period? _counted;

    protected override async Task ApplyAsync(ConsumeContext<ProjectStageAdvanced> context)
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
            return;
        }

        var catalogue = await Db.LoadCatalogueAsync(context.CancellationToken);
        if (catalogue.Region(message.DistrictCode)?.Kind != RegionKindInfo.District)
        {
            return;
        }

        var month = Period.Month(message.ActualDate.Year, message.ActualDate.Month);
        foreach (var indicator in catalogue.CountedFrom(source))
        {
            await CountedFigures.AddOneAsync(Db, indicator, message.DistrictCode, month, CountedBy, clock.GetUtcNow(), context.CancellationToken);
        }

        _counted = month;
    }

    public new async Task Consume(ConsumeContext<ProjectStageAdvanced> context)
    {
        await base.Consume(context);
        if (_counted is { } month)
        {
            await cache.InvalidateAsync(CountedFigures.Touched(month));
        }
    }
}
