namespace IndustryPlatform.Projects.Domain;

/// <summary>An enterprise's registry data as one event carried it.</summary>
public sealed record EnterpriseSnapshot(
    string CreditCode,
    string NameZh,
    string? NameEn,
    string DistrictCode,
    string IndustryCode,
    string? ChainCode,
    int Version);
