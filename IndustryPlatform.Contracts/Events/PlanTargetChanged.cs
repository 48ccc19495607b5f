namespace IndustryPlatform.Contracts.Events;

/// <summary>
/// 年度计划调整 — the city set a target of its plan (Indicators keeps the plan). A copy keeps the highest
/// <see cref="Version"/> it has seen for the target (indicator, region, chain, year), so a replay never undoes a change.
/// </summary>
/// <param name="ChainCode">An industry chain's target (the city's only); null for the region's own.</param>
/// <param name="SetBy">The client whose token set it, or "seed:…".</param>
public sealed record PlanTargetChanged(
    string IndicatorCode,
    string RegionCode,
    string? ChainCode,
    int Year,
    decimal Value,
    int Version,
    string SetBy,
    DateTimeOffset SetAt);
