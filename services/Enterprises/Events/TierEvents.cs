using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Events;

internal static class TierEvents
{
    public static TierCandidateProposed ToProposedEvent(this TierRecord r, DateTimeOffset now) =>
        new(r.CreditCode, r.DistrictCode, r.TierCode, r.Level.ToString(), r.Year, now);

    public static TierCertified ToCertifiedEvent(this TierRecord r, DateTimeOffset now) =>
        new(r.CreditCode, r.DistrictCode, r.TierCode, r.Level.ToString(), r.Year, r.CertifiedOn!.Value, now);

    public static TierRevoked ToRevokedEvent(this TierRecord r, string reason, DateTimeOffset now) =>
        new(r.CreditCode, r.DistrictCode, r.TierCode, r.Level.ToString(), r.Year, reason, now);
}
