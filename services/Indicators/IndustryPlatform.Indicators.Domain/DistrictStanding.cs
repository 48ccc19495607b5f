using IndustryPlatform.Indicators.Domain.Computation;

namespace IndustryPlatform.Indicators.Domain;

/// <summary>One district in a <see cref="DistrictComparison"/>: 全市第 <see cref="Rank"/> 位, or unranked (no figure).</summary>
public sealed record DistrictStanding(
    /// <summary>Null when the district has no figure for the period.</summary>
    int? Rank,
    string RegionCode,
    string NameZh,
    decimal? Value,
    FigureSource? Source,
    /// <summary>The district's own annual plan for the year, where it has one.</summary>
    decimal? Target,
    decimal? CompletionPercent,
    Light? Light,
    /// <summary>占全市比重 (%) — additive indicators only; a rate has no share of the city's rate.</summary>
    decimal? ShareOfCity,
    bool IsDemo);
