namespace IndustryPlatform.Contracts.Events;

/// <summary>认定 — an enterprise was certified in a tier for a year (e.g. 新认定2023年度金象企业).</summary>
/// <param name="Level">"National", "Provincial" or "Municipal".</param>
public sealed record TierCertified(
    string CreditCode,
    string DistrictCode,
    string TierCode,
    string Level,
    int Year,
    DateOnly CertifiedOn,
    DateTimeOffset OccurredAt);
