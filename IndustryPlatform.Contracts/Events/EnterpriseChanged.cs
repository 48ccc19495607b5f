namespace IndustryPlatform.Contracts.Events;

/// <summary>企业信息变更 — an enterprise's registry data changed (or it was deactivated); carries the whole new state.</summary>
/// <param name="IsActive">False once the enterprise is deactivated (注销/迁出); absent in older messages, which means active.</param>
public sealed record EnterpriseChanged(
    string CreditCode,
    string NameZh,
    string? NameEn,
    string DistrictCode,
    string IndustryCode,
    string? ChainCode,
    DateOnly? FoundedOn,
    int Version,
    DateTimeOffset ChangedAt,
    bool IsActive = true);
