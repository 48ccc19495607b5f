using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Events;

internal static class TierEvents
{
    /// <summary>
    /// 梯度培育记录事实 — the record as it stands after a committed change. Its stored status (Candidate, Certified,
    /// Revoked): expiry is a matter of the date, not a change, so it is told by <see cref="TierRecord.HoldsUntil"/>.
    /// </summary>
    public static TierRecordChanged ToFactsEvent(this TierRecord r, string enterpriseNameZh, DateTimeOffset now) =>
        new(r.Id, r.Version, r.CreditCode, enterpriseNameZh, r.DistrictCode, r.TierCode, r.Level.ToString(), r.Year, r.Status.ToString(),
            r.CertifiedOn, r.HoldsUntil, r.IsDemo, now);

    public static TierCandidateProposed ToProposedEvent(this TierRecord r, DateTimeOffset now) =>
        new(r.CreditCode, r.DistrictCode, r.TierCode, r.Level.ToString(), r.Year, now);

    public static TierCertified ToCertifiedEvent(this TierRecord r, DateTimeOffset now) =>
        new(r.CreditCode, r.DistrictCode, r.TierCode, r.Level.ToString(), r.Year, r.CertifiedOn!.Value, now);

    public static TierRevoked ToRevokedEvent(this TierRecord r, string reason, DateTimeOffset now) =>
        new(r.CreditCode, r.DistrictCode, r.TierCode, r.Level.ToString(), r.Year, reason, now);
}
