using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>A tier record as callers see it; <see cref="Status"/> is as of today (an overdue candidacy reads Expired).</summary>
public sealed record TierRecordEntry(
    string CreditCode,
    string DistrictCode,
    string TierCode,
    string Level,
    int Year,
    string Status,
    string ProposedBy,
    DateOnly CandidacyExpiresOn,
    DateOnly? CertifiedOn,
    DateOnly? ValidUntil,
    int Version,
    IReadOnlyList<TierHistoryEntry> History)
{
    public static TierRecordEntry From(TierRecord r, DateOnly today) => new(
        r.CreditCode, r.DistrictCode, r.TierCode, r.Level.ToString(), r.Year, r.StatusOn(today).ToString(), r.ProposedBy,
        r.CandidacyExpiresOn, r.CertifiedOn, r.ValidUntil, r.Version,
        r.History.Select(h => new TierHistoryEntry(h.Status.ToString(), h.At, h.Note)).ToList());
}

public sealed record TierHistoryEntry(string Status, DateTimeOffset At, string Note);
