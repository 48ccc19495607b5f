using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Data;

/// <summary>seeds/demo-enterprises.json: invented enterprises, marked as demo data.</summary>
internal sealed record DemoEnterprisesFile(bool Demo, IReadOnlyList<DemoEnterprise> Enterprises);

/// <param name="Listing">Not in the file: the enterprise's entry of demo-listings.json, when it has one.</param>
internal sealed record DemoEnterprise(
    string CreditCode, string NameZh, string? NameEn, string DistrictCode, string IndustryCode, string? ChainCode, string? FoundedOn,
    DemoListing? Listing = null)
{
    public EnterpriseDetails Details() =>
        new(NameZh, NameEn, DistrictCode, IndustryCode, ChainCode, FoundedOn, Listing is { } l ? ListingDetails.On(l.Exchange, l.StockCode, l.ListedOn) : null);
}

/// <summary>seeds/demo-enterprise-figures.json: invented yearly figures and certifications for them.</summary>
internal sealed record DemoFiguresFile(bool Demo, IReadOnlyList<DemoFigures> Figures, IReadOnlyList<DemoCertification> Certifications);

internal sealed record DemoFigures(
    string CreditCode, int Year, decimal? MainBusinessRevenue, decimal? TaxesPaidInCity, decimal? IndustrialInvestment, decimal? RdSpend,
    int? Employees, decimal? LandMu, decimal? EnergyTce, decimal? Co2Tonnes, decimal? ValueAdded);

internal sealed record DemoCertification(string CreditCode, string TierCode, int Year, DateOnly CertifiedOn);

/// <summary>seeds/demo-listings.json: the listing status of the demo enterprises that are listed; invented unless marked otherwise.</summary>
internal sealed record DemoListingsFile(bool Demo, IReadOnlyList<DemoListing> Listings);

/// <param name="Invented">False for the few entries that are public facts about a named enterprise's listed company.</param>
internal sealed record DemoListing(string CreditCode, string Exchange, string StockCode, string ListedOn, bool Invented, string? Note);

/// <summary>seeds/demo-digital-levels.json: invented 数字化改造 levels of the demo enterprises above scale.</summary>
internal sealed record DemoDigitalLevelsFile(bool Demo, IReadOnlyList<DemoDigitalLevel> Levels);

internal sealed record DemoDigitalLevel(string CreditCode, string Level, DateOnly ReachedOn, string Evidence);
