namespace IndustryPlatform.Contracts.Events;

/// <summary>入培育库 — an enterprise was proposed as a candidate for a tier and year (by the yearly run or by a person).</summary>
/// <param name="Level">"National", "Provincial" or "Municipal".</param>
public sealed record TierCandidateProposed(
    string CreditCode,
    string DistrictCode,
    string TierCode,
    string Level,
    int Year,
    DateTimeOffset OccurredAt);
