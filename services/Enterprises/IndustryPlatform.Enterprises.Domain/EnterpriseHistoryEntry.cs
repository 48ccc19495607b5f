namespace IndustryPlatform.Enterprises.Domain;

/// <summary>One version of an enterprise's registry entry: what it stated from then on, and why it changed.</summary>
/// <param name="Kind">"Registered", "Changed" or "Deactivated".</param>
/// <param name="ListingExchange">上市板块 code; null when not listed (and in versions written before listing was kept).</param>
public sealed record EnterpriseHistoryEntry(
    int Version,
    string Kind,
    DateTimeOffset At,
    string NameZh,
    string? NameEn,
    string DistrictCode,
    string IndustryCode,
    string? ChainCode,
    DateOnly? FoundedOn,
    string? Note,
    string? ListingExchange = null,
    string? StockCode = null,
    DateOnly? ListedOn = null);
