namespace IndustryPlatform.Contracts.Events;

/// <summary>企业登记 — an enterprise was added to the registry.</summary>
public sealed record EnterpriseRegistered(
    string CreditCode,
    string NameZh,
    string? NameEn,
    string DistrictCode,
    string IndustryCode,
    string? ChainCode,
    DateOnly? FoundedOn,
    int Version,
    DateTimeOffset RegisteredAt);
