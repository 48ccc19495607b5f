using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using V1 = IndustryPlatform.Contracts.Enterprises.V1;

namespace IndustryPlatform.Enterprises.Grpc;

internal static class TierMessages
{
    public static TierRecordKey ToKey(this V1.TierRecordKey? key) =>
        key is null ? new TierRecordKey(null, null, 0) : new TierRecordKey(key.CreditCode, key.TierCode, key.Year);

    public static V1.TierRecord ToMessage(this TierRecordEntry r)
    {
        var message = new V1.TierRecord
        {
            CreditCode = r.CreditCode,
            DistrictCode = r.DistrictCode,
            TierCode = r.TierCode,
            Level = r.Level,
            Year = r.Year,
            Status = r.Status,
            ProposedBy = r.ProposedBy,
            CandidacyExpiresOn = Date(r.CandidacyExpiresOn),
            CertifiedOn = r.CertifiedOn is { } c ? Date(c) : string.Empty,
            ValidUntil = r.ValidUntil is { } v ? Date(v) : string.Empty,
            Version = r.Version,
        };
        message.History.AddRange(r.History.Select(h => new V1.TierHistoryEntry { Status = h.Status, At = Timestamp.FromDateTimeOffset(h.At), Note = h.Note }));
        return message;
    }

    public static V1.TierCatalogue ToMessage(this TierCatalogue catalogue)
    {
        var message = new V1.TierCatalogue { AboveScaleMinRevenue = (double)catalogue.AboveScale.MinMainBusinessRevenue };
        message.Tiers.AddRange(catalogue.Tiers.Select(t =>
        {
            var tier = new V1.Tier { Code = t.Code, NameZh = t.NameZh, NameEn = t.NameEn, Level = t.Level.ToString(), ValidYears = t.ValidYears };
            tier.Criteria.AddRange(t.Criteria.Select(c => new V1.TierCriterion { Code = c.Code, Description = c.Description }));
            return tier;
        }));
        return message;
    }

    public static V1.Pyramid ToMessage(this Pyramid pyramid)
    {
        var message = new V1.Pyramid { Year = pyramid.Year };
        message.Tiers.AddRange(pyramid.Tiers.Select(t =>
        {
            var tier = new V1.PyramidTier { TierCode = t.TierCode, NameZh = t.NameZh, Level = t.Level, NewThisYear = t.NewThisYear, Cumulative = t.Cumulative };
            tier.Districts.AddRange(t.Districts.Select(d => new V1.PyramidDistrict { DistrictCode = d.DistrictCode, NewThisYear = d.NewThisYear, Cumulative = d.Cumulative }));
            return tier;
        }));
        if (pyramid.Listed is { } listed)
        {
            message.Listed = new V1.PyramidListings { NewThisYear = listed.NewThisYear, Cumulative = listed.Cumulative };
            message.Listed.Exchanges.AddRange(listed.Exchanges.Select(e =>
                new V1.PyramidExchange { Exchange = e.Exchange, NameZh = e.NameZh, NewThisYear = e.NewThisYear, Cumulative = e.Cumulative }));
            message.Listed.Districts.AddRange(listed.Districts.Select(d =>
                new V1.PyramidDistrict { DistrictCode = d.DistrictCode, NewThisYear = d.NewThisYear, Cumulative = d.Cumulative }));
        }

        return message;
    }

    private static string Date(DateOnly date) => IsoDate.Write(date);
}
