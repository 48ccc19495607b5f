using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>An enterprise as the registry shows it to callers (and as it is cached).</summary>
public sealed record RegistryEntry(
    string CreditCode,
    string NameZh,
    string? NameEn,
    string DistrictCode,
    string IndustryCode,
    string? ChainCode,
    DateOnly? FoundedOn,
    DateTimeOffset RegisteredAt,
    DateTimeOffset ChangedAt,
    int Version,
    bool IsActive = true,
    string? DeactivationReason = null,
    ListingEntry? Listing = null)
{
    public static RegistryEntry From(Enterprise enterprise) => new(
        enterprise.CreditCode.Value,
        enterprise.NameZh,
        enterprise.NameEn,
        enterprise.DistrictCode,
        enterprise.IndustryCode,
        enterprise.ChainCode,
        enterprise.FoundedOn,
        enterprise.RegisteredAt,
        enterprise.ChangedAt,
        enterprise.Version,
        enterprise.IsActive,
        enterprise.DeactivationReason,
        ListingEntry.From(enterprise.Listing));
}
