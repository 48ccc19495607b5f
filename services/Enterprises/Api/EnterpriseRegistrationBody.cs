using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>
/// POST body. Dates are <c>yyyy-MM-dd</c> strings so that a bad one is refused by rule, like every other field. The
/// parameters without a default are the required ones, as the OpenAPI document says.
/// </summary>
public sealed record EnterpriseRegistrationBody(
    string? CreditCode, string? NameZh, string? DistrictCode, string? IndustryCode,
    string? NameEn = null, string? ChainCode = null, string? FoundedOn = null, ListingBody? Listing = null)
{
    public EnterpriseDetails Details() => new(NameZh, NameEn, DistrictCode, IndustryCode, ChainCode, FoundedOn, Listing?.Details());
}
