namespace IndustryPlatform.Indicators.Domain;

/// <summary>年度计划 — the annual plan for an indicator in a region.</summary>
public sealed class Target
{
    public required string IndicatorCode { get; init; }
    public required string RegionCode { get; init; }
    public required int Year { get; init; }
    public required decimal Value { get; set; }
}
