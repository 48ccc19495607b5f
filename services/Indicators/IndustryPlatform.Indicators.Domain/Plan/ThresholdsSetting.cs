namespace IndustryPlatform.Indicators.Domain.Plan;

/// <summary>设定亮灯标准 — a year's thresholds, whole, for this reason, made against the version read (0: never set).</summary>
public sealed record ThresholdsSetting(
    int Year, decimal IndicatorYellowTolerance, int ProjectYellowAfterDays, int ProjectRedAfterDays, string? Reason, int ExpectedVersion);
