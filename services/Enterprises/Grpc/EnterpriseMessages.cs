using IndustryPlatform.Rules;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;

namespace IndustryPlatform.Enterprises.Grpc;

/// <summary>Between proto messages and use cases. Proto3 strings cannot be null: empty means "not given".</summary>
internal static class EnterpriseMessages
{
    public static RegisterEnterpriseCommand ToCommand(this RegisterEnterpriseRequest request) => new(
        request.CreditCode,
        new EnterpriseDetails(request.NameZh, request.NameEn, request.DistrictCode, request.IndustryCode, request.ChainCode, request.FoundedOn,
            request.Listing.ToDetails()));

    /// <summary>A change states every particular: an optional one left unset is refused, never taken as "clear it".</summary>
    public static ChangeEnterpriseCommand ToCommand(this ChangeEnterpriseRequest request)
    {
        InvalidInputException.ThrowIfAny([.. new (bool Sent, string Field)[]
            {
                (request.HasNameEn, "name_en"), (request.HasChainCode, "chain_code"), (request.HasFoundedOn, "founded_on"), (request.Listing is not null, "listing"),
            }
            .Where(f => !f.Sent)
            .Select(f => new RuleViolation(f.Field, RuleCodes.Request.FieldMissing,
                $"{f.Field} is missing: a change states every field (empty clears one), so that a field left out is never erased."))]);
        return new(
            request.CreditCode,
            request.ExpectedVersion,
            new EnterpriseDetails(request.NameZh, request.NameEn, request.DistrictCode, request.IndustryCode, request.ChainCode, request.FoundedOn,
                request.Listing.ToDetails()));
    }

    public static Contracts.Enterprises.V1.Enterprise ToMessage(this RegistryEntry entry) => new()
    {
        CreditCode = entry.CreditCode,
        NameZh = entry.NameZh,
        NameEn = entry.NameEn ?? string.Empty,
        DistrictCode = entry.DistrictCode,
        IndustryCode = entry.IndustryCode,
        ChainCode = entry.ChainCode ?? string.Empty,
        FoundedOn = IsoDate.Write(entry.FoundedOn),
        RegisteredAt = Timestamp.FromDateTimeOffset(entry.RegisteredAt),
        ChangedAt = Timestamp.FromDateTimeOffset(entry.ChangedAt),
        Version = entry.Version,
        IsActive = entry.IsActive,
        DeactivationReason = entry.DeactivationReason ?? string.Empty,
        Listing = (entry.Listing ?? ListingEntry.From(Listing.None)).ToMessage(),
    };

    /// <summary>Unset means not listed, as an absent listing does over REST.</summary>
    public static ListingDetails? ToDetails(this ListingStatus? listing) =>
        listing is null ? null : new ListingDetails(listing.Listed, Given(listing.Exchange), Given(listing.StockCode), Given(listing.ListedOn));

    private static string? Given(string value) => value.Length == 0 ? null : value;

    public static ListingStatus ToMessage(this ListingEntry listing) => new()
    {
        Listed = listing.Listed,
        Exchange = listing.Exchange ?? string.Empty,
        ExchangeNameZh = listing.ExchangeNameZh ?? string.Empty,
        StockCode = listing.StockCode ?? string.Empty,
        ListedOn = IsoDate.Write(listing.ListedOn),
    };
}
