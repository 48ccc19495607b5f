namespace IndustryPlatform.Enterprises.Domain;

/// <summary>Particulars that passed every rule, normalised (trimmed, codes in their canonical case, blanks as null).</summary>
internal sealed record EnterpriseParticulars(
    string NameZh,
    string? NameEn,
    string DistrictCode,
    string IndustryCode,
    string? ChainCode,
    DateOnly? FoundedOn,
    Listing Listing);
