namespace IndustryPlatform.Contracts.Events;

/// <summary>企业信息变更 — an enterprise's registry data changed; carries the whole new state.</summary>
public sealed record EnterpriseChanged(
    string CreditCode,
    string NameZh,
    string? NameEn,
    string DistrictCode,
    string IndustryCode,
    string? ChainCode,
    DateOnly? FoundedOn,
    int Version,
    DateTimeOffset ChangedAt);
