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
    : CountingConsumer<TierCertified>(db, cache)
{
    public const string CountedBy = "event:TierCertified";

    protected override string DistrictOf(TierCertified message) => message.DistrictCode;

    protected override async Task<IReadOnlyCollection<Period>> CountAsync(ConsumeContext<TierCertified> context, Catalogue catalogue)
    {
        var message = context.Message;
        var year = Period.WholeYear(message.Year);
        var counting = catalogue.CountedFrom("TierCertified").Where(i => Tiers(i).Contains(message.TierCode)).ToList();
        foreach (var indicator in counting)
        {
            await CountedFigures.AddOneAsync(Db, indicator, message.DistrictCode, year, CountedBy, clock.GetUtcNow(), context.CancellationToken);
        }

        return counting.Count == 0 ? [] : [year];
    }

    private static string[] Tiers(Indicator indicator) =>
        indicator.CountedFrom!.Split(':', 2) is [_, var tiers] ? tiers.Split(',', StringSplitOptions.TrimEntries) : [];
}
