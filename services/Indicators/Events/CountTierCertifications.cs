using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.Events;

/// <summary>
/// 新认定 — an enterprise certified in a tier counts once for its district in the certification year, in every counting
/// indicator whose catalogue entry lists that tier (e.g. 金象金牛: golden-elephant and golden-bull).
/// </summary>
public sealed class CountTierCertifications(IndicatorsDbContext db, IndicatorCache cache, TimeProvider clock)
    : CountingConsumer<TierCertified>(db, cache, clock)
{
    protected override string CountedBy => "event:TierCertified";

    protected override string DistrictOf(TierCertified message) => message.DistrictCode;

    protected override IEnumerable<(Indicator Indicator, Period Period)> Counts(TierCertified message, Catalogue catalogue) =>
        catalogue.CountedFrom("TierCertified")
            .Where(i => TiersCounted(i).Contains(message.TierCode))
            .Select(i => (i, Period.WholeYear(message.Year)));

    /// <summary>"TierCertified:golden-elephant,golden-bull" → the tiers after the colon.</summary>
    private static string[] TiersCounted(Indicator indicator) =>
        indicator.CountedFrom!.Split(':', 2) is [_, var tiers] ? tiers.Split(',', StringSplitOptions.TrimEntries) : [];
}
