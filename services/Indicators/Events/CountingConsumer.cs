using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.UseCases;
using MassTransit;

namespace IndustryPlatform.Indicators.Events;

/// <summary>
/// An event counted into a district's figures, once per message: only events of a district count (the city's figure is
/// their sum); once the counts have committed, the cached reads computed from the periods they touched are dropped.
/// </summary>
public abstract class CountingConsumer<TMessage>(IndicatorsDbContext db, IndicatorCache cache, TimeProvider clock)
    : IdempotentConsumer<TMessage, IndicatorsDbContext>(db)
    where TMessage : class
{
    private readonly HashSet<Period> _touched = [];

    /// <summary>Who the counted vintages are recorded as submitted by, e.g. <c>event:TierCertified</c>.</summary>
    protected abstract string CountedBy { get; }

    /// <summary>The district the event happened in; an event of no district is not counted.</summary>
    protected abstract string DistrictOf(TMessage message);

    /// <summary>Which indicators count the event, and in which period; none for an event that counts nowhere.</summary>
    protected abstract IEnumerable<(Indicator Indicator, Period Period)> Counts(TMessage message, Catalogue catalogue);

    protected sealed override async Task ApplyAsync(ConsumeContext<TMessage> context)
    {
        _touched.Clear();
        var catalogue = await Db.LoadCatalogueAsync(context.CancellationToken);
        var district = DistrictOf(context.Message);
        if (catalogue.Region(district)?.Kind != RegionKindInfo.District)
        {
            return;
        }

        foreach (var (indicator, period) in Counts(context.Message, catalogue))
        {
            await CountedFigures.AddOneAsync(Db, indicator, district, period, CountedBy, clock.GetUtcNow(), context.CancellationToken);
            _touched.UnionWith(CountedFigures.Touched(period));
        }
    }

    protected sealed override Task AfterCommitAsync(ConsumeContext<TMessage> context) =>
        _touched.Count == 0 ? Task.CompletedTask : cache.InvalidateAsync(_touched);
}
