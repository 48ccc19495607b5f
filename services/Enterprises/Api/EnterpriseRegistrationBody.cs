using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>POST body. Dates are <c>yyyy-MM-dd</c> strings so that a bad one is refused by rule, like every other field.</summary>
public sealed record EnterpriseRegistrationBody(
    string? CreditCode, string? NameZh, string? NameEn, string? DistrictCode, string? IndustryCode, string? ChainCode, string? FoundedOn,
    ListingBody? Listing = null)
{
    public EnterpriseDetails Details() => new(NameZh, NameEn, DistrictCode, IndustryCode, ChainCode, FoundedOn, Listing?.Details());
}
