using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using MassTransit;

namespace IndustryPlatform.Indicators.Events;

/// <summary>
/// An event counted into a district's figures, once per message: only events of a district count (the city's figure is
/// their sum); once the counts have committed, the cached reads computed from the periods they touched are dropped.
/// </summary>
public abstract class CountingConsumer<TMessage>(IndicatorsDbContext db, IndicatorCache cache) : IdempotentConsumer<TMessage, IndicatorsDbContext>(db)
    where TMessage : class
{
    private IReadOnlyCollection<Period> _touched = [];

    /// <summary>The district the event happened in; an event of no district is not counted.</summary>
    protected abstract string DistrictOf(TMessage message);

    /// <summary>Adds the counts (unsaved) and says which periods' cached reads they make stale.</summary>
    protected abstract Task<IReadOnlyCollection<Period>> CountAsync(ConsumeContext<TMessage> context, Catalogue catalogue);

    protected sealed override async Task ApplyAsync(ConsumeContext<TMessage> context)
    {
        var catalogue = await Db.LoadCatalogueAsync(context.CancellationToken);
        _touched = catalogue.Region(DistrictOf(context.Message))?.Kind == RegionKindInfo.District
            ? await CountAsync(context, catalogue)
            : [];
    }

    protected sealed override Task AfterCommitAsync(ConsumeContext<TMessage> context) =>
        _touched.Count == 0 ? Task.CompletedTask : cache.InvalidateAsync(_touched);
}
