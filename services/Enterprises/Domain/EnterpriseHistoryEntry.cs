namespace IndustryPlatform.Enterprises.Domain;

/// <summary>One version of an enterprise's registry entry: what it stated from then on, and why it changed.</summary>
/// <param name="Kind">"Registered", "Changed" or "Deactivated".</param>
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
    string? Note);
