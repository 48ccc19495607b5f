namespace IndustryPlatform.Contracts.Events;

/// <summary>撤销认定 — a tier certification (or a candidacy) was revoked.</summary>
/// <param name="Level">"National", "Provincial" or "Municipal".</param>
public sealed record TierRevoked(
    string CreditCode,
    string DistrictCode,
    string TierCode,
    string Level,
    int Year,
    string Reason,
    DateTimeOffset OccurredAt);
