using IndustryPlatform.Enterprises.Api;

namespace IndustryPlatform.Enterprises.Data;

/// <summary>seeds/demo-enterprises.json: invented enterprises, marked as demo data.</summary>
internal sealed record DemoEnterprisesFile(bool Demo, IReadOnlyList<EnterpriseRegistrationBody> Enterprises);

/// <summary>seeds/demo-enterprise-figures.json: invented yearly figures and certifications for them.</summary>
internal sealed record DemoFiguresFile(bool Demo, IReadOnlyList<DemoFigures> Figures, IReadOnlyList<DemoCertification> Certifications);

internal sealed record DemoFigures(
    string CreditCode, int Year, decimal? MainBusinessRevenue, decimal? TaxesPaidInCity, decimal? IndustrialInvestment, decimal? RdSpend,
    int? Employees, decimal? LandMu, decimal? EnergyTce, decimal? Co2Tonnes, decimal? ValueAdded);

internal sealed record DemoCertification(string CreditCode, string TierCode, int Year, DateOnly CertifiedOn);
