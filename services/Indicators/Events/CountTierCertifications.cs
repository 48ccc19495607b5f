using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.UseCases;
using MassTransit;

namespace IndustryPlatform.Indicators.Events;

/// <summary>
/// 新认定 — an enterprise certified in a tier counts once for its district in the certification year, in every counting
/// indicator whose catalogue entry lists that tier (e.g. 金象金牛: golden-elephant and golden-bull).
/// </summary>
public sealed class CountTierCertifications(IndicatorsDbContext db, IndicatorCache cache, TimeProvider clock)
    : IdempotentConsumer<TierCertified, IndicatorsDbContext>(db), IConsumer<TierCertified>
{
    public const string CountedBy = "event:TierCertified";

    private Period? _counted;

    protected override async Task ApplyAsync(ConsumeContext<TierCertified> context)
    {
        var message = context.Message;
        var catalogue = await Db.LoadCatalogueAsync(context.CancellationToken);
        if (catalogue.Region(message.DistrictCode)?.Kind != RegionKindInfo.District)
        {
            return;
        }

        var year = Period.WholeYear(message.Year);
        foreach (var indicator in catalogue.CountedFrom("TierCertified").Where(i => Tiers(i).Contains(message.TierCode)))
        {
            await CountedFigures.AddOneAsync(Db, indicator, message.DistrictCode, year, CountedBy, clock.GetUtcNow(), context.CancellationToken);
            _counted = year;
        }
    }

    public new async Task Consume(ConsumeContext<TierCertified> context)
    {
        await base.Consume(context);
        if (_counted is { } year)
        {
            await cache.InvalidateAsync([year]);
        }
    }

    private static string[] Tiers(Indicator indicator) =>
        indicator.CountedFrom!.Split(':', 2) is [_, var tiers] ? tiers.Split(',', StringSplitOptions.TrimEntries) : [];
}
