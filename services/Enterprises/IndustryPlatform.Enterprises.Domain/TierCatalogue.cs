using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Domain;

/// <summary>
/// The tier ladder and every threshold the service evaluates with, as the bureau keeps them in seeds/tiers.json.
/// Nothing here is hard-coded in the rules.
/// </summary>
public sealed record TierCatalogue(
    AboveScaleRule AboveScale,
    int CandidacyValidYears,
    IReadOnlyList<TierDefinition> Tiers,
    CarbonEfficiencySettings CarbonEfficiency,
    PerMuSettings PerMuEfficiency)
{
    public TierDefinition? Find(string? code) =>
        Tiers.FirstOrDefault(t => string.Equals(t.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The tier, or a 400 naming <paramref name="field"/> and listing the known codes.</summary>
    public TierDefinition Get(string? code, string field = "tier_code") =>
        Find(code) ?? throw new InvalidInputException([new(field, RuleCodes.Tier.Unknown,
            $"'{code}' is not a tier in the catalogue: {string.Join(", ", Tiers.Select(t => t.Code))}.")]);
}

/// <summary>规上 threshold: main-business revenue in 万元.</summary>
public sealed record AboveScaleRule(decimal MinMainBusinessRevenue)
{
    public bool IsMetBy(FigureValues values) => values.MainBusinessRevenue >= MinMainBusinessRevenue;
}

/// <param name="ValidYears">How long a certification lasts, counted from the certified year.</param>
/// <param name="Criteria">All must be met; empty when people nominate and the yearly run does not propose.</param>
public sealed record TierDefinition(
    string Code,
    string NameZh,
    string NameEn,
    TierLevel Level,
    int ValidYears,
    IReadOnlyList<TierCriterion> Criteria)
{
    public bool IsEvaluated => Criteria.Count > 0;
}

/// <summary>A criterion is met when every condition of any one of its alternatives is met.</summary>
public sealed record TierCriterion(string Code, string Description, IReadOnlyList<IReadOnlyList<CriterionCondition>> AnyOf);

/// <summary>
/// Either a figure against a bound (<see cref="Min"/> and/or <see cref="Max"/>; <see cref="Years"/> &gt; 1 sums that many
/// years up to the evaluated one) or the holding of another tier (<see cref="HoldsTier"/>).
/// </summary>
public sealed record CriterionCondition(FigureMetric? Metric, decimal? Min, decimal? Max, int? Years, string? HoldsTier);

/// <param name="GradeUpperBounds">K upper bounds of grades 1..4 (inclusive); above the last is grade 5.</param>
public sealed record CarbonEfficiencySettings(
    IReadOnlyList<decimal> GradeUpperBounds,
    decimal DefaultIndustryAverage,
    IReadOnlyList<IndustryCarbonAverage> IndustryAverages);

/// <summary>Average carbon intensity (t CO₂ per 万元 value added) of the industries whose code starts with the prefix.</summary>
public sealed record IndustryCarbonAverage(string IndustryCodePrefix, decimal Intensity);

/// <param name="Classes">Where the scores divide into classes A–D.</param>
public sealed record PerMuSettings(decimal Cap, IReadOnlyList<PerMuIndicatorSetting> Indicators, PerMuClassThresholds Classes);

public sealed record PerMuIndicatorSetting(PerMuIndicator Indicator, decimal Weight, decimal Benchmark);

/// <summary>亩均效益 indicators.</summary>
public enum PerMuIndicator
{
    /// <summary>亩均税收, 万元/亩</summary>
    TaxPerMu,

    /// <summary>亩均增加值, 万元/亩</summary>
    ValueAddedPerMu,

    /// <summary>单位能耗增加值, 万元/tce</summary>
    ValueAddedPerTce,

    /// <summary>全员劳动生产率, 万元/人</summary>
    ValueAddedPerEmployee,

    /// <summary>研发投入强度, %</summary>
    RdIntensityPercent,
}
