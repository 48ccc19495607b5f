namespace IndustryPlatform.Indicators.Domain.Plan;

/// <summary>亮灯标准调整记录 — the thresholds a year was set to: who, when and why. Appended, never changed.</summary>
public sealed class LightThresholdsChange
{
    public long Id { get; init; }
    public required int Year { get; init; }
    public required int Version { get; init; }
    public required decimal IndicatorYellowTolerance { get; init; }
    public required int ProjectYellowAfterDays { get; init; }
    public required int ProjectRedAfterDays { get; init; }
    public required string Reason { get; init; }
    public required string SetBy { get; init; }
    public required DateTimeOffset SetAt { get; init; }
}
