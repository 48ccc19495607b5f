namespace IndustryPlatform.Indicators.Domain.Derived;

/// <summary>
/// Which records count; every condition left out (null) lets all through. Withdrawn projects and revoked tier records
/// never count, whatever the filter says.
/// </summary>
/// <param name="IsMajor">Projects: 3亿元以上.</param>
/// <param name="Origin">Projects: "NewlyIntroduced" (新引进) or "Endogenous" (内生).</param>
/// <param name="Kinds">Projects: "NewManufacturing", "TechnicalUpgrade", "LandRenewal".</param>
/// <param name="Chains">Projects: these chain codes.</param>
/// <param name="ChainKind">Projects: every chain of this kind in seeds/industry-chains.json ("Emerging": 八大新兴产业链).</param>
/// <param name="IsProvincialMajor">Projects: on the provincial major list (省重大项目清单).</param>
/// <param name="IsDigitalEconomyCore">Projects: 数字经济核心产业.</param>
/// <param name="Reached">Projects: the stage (filed, started, …) must also have been reached, by the end of the year of the counting date.</param>
/// <param name="Tiers">Tiers: these tier codes.</param>
/// <param name="Statuses">Tiers: these statuses (default Certified and Expired: a record that was certified).</param>
/// <param name="IsActive">Listings: the enterprise is still active.</param>
public sealed record DerivedFilter(
    bool? IsMajor = null,
    string? Origin = null,
    IReadOnlyList<string>? Kinds = null,
    IReadOnlyList<string>? Chains = null,
    string? ChainKind = null,
    bool? IsProvincialMajor = null,
    bool? IsDigitalEconomyCore = null,
    CountedOn? Reached = null,
    IReadOnlyList<string>? Tiers = null,
    IReadOnlyList<string>? Statuses = null,
    bool? IsActive = null)
{
    public static readonly IReadOnlyList<string> CertifiedStatuses = ["Certified", "Expired"];

    /// <summary>The tier statuses that count: as declared, never Revoked.</summary>
    public IReadOnlyList<string> CountedStatuses => [.. (Statuses ?? CertifiedStatuses).Where(s => s != "Revoked")];
}
