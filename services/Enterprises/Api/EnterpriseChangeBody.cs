using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>PUT body: the whole set of particulars plus the version they were read at.</summary>
public sealed record EnterpriseChangeBody(
    int? ExpectedVersion, string? NameZh, string? NameEn, string? DistrictCode, string? IndustryCode, string? ChainCode, string? FoundedOn,
    ListingBody? Listing = null)
{
    public EnterpriseDetails Details() => new(NameZh, NameEn, DistrictCode, IndustryCode, ChainCode, FoundedOn, Listing?.Details());
}
