namespace IndustryPlatform.Indicators.Domain.Facts;

/// <summary>上市情况事实 — Indicators' copy of one enterprise's listing, keyed by its credit code, highest version kept.</summary>
public sealed class ListingFact
{
    public required string CreditCode { get; init; }
    public required int Version { get; set; }
    public required string EnterpriseNameZh { get; set; }
    public required string DistrictCode { get; set; }
    /// <summary>The board's code ("sse-main", "szse-chinext"); null when not listed.</summary>
    public string? Exchange { get; set; }
    public string? StockCode { get; set; }
    public DateOnly? ListedOn { get; set; }
    /// <summary>False once the enterprise is deactivated: it no longer counts in the listed total.</summary>
    public bool IsActive { get; set; }
    public bool IsDemo { get; set; }
    public required DateTimeOffset ChangedAt { get; set; }
    public DateTimeOffset AppliedAt { get; set; }
}
