using IndustryPlatform.BuildingBlocks.Json;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>
/// PUT body: the whole set of particulars plus the version they were read at. Every field must be sent — null clears
/// an optional one (nameEn, chainCode, foundedOn; listing null = not listed) — so leaving one out never erases it.
/// </summary>
[EveryFieldRequired]
public sealed record EnterpriseChangeBody
{
    public int? ExpectedVersion { get; init; }

    public string? NameZh { get; init; }

    public string? NameEn { get; init; }

    public string? DistrictCode { get; init; }

    public string? IndustryCode { get; init; }

    public string? ChainCode { get; init; }

    public string? FoundedOn { get; init; }

    public ListingBody? Listing { get; init; }

    public EnterpriseDetails Details() => new(NameZh, NameEn, DistrictCode, IndustryCode, ChainCode, FoundedOn, Listing?.Details());
}
