namespace IndustryPlatform.Indicators.Domain.Plan;

/// <summary>
/// 设定目标 — what the city asks: this value for this indicator, region, chain (null: the whole region) and year, for
/// this reason, made against the version it read (0: there is no target yet).
/// </summary>
public sealed record TargetSetting(
    string? IndicatorCode, string? RegionCode, string? ChainCode, int Year, decimal Value, string? Reason, int ExpectedVersion);
