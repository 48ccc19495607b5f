using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>PUT body of one year's figures. Money in 万元, land in 亩, energy in tce, CO₂ in tonnes.</summary>
public sealed record FiguresBody(
    decimal? MainBusinessRevenue,
    decimal? TaxesPaidInCity,
    decimal? IndustrialInvestment,
    decimal? RdSpend,
    int? Employees,
    decimal? LandMu,
    decimal? EnergyTce,
    decimal? Co2Tonnes,
    decimal? ValueAdded)
{
    public FiguresSubmission Submission() =>
        new(MainBusinessRevenue, TaxesPaidInCity, IndustrialInvestment, RdSpend, Employees, LandMu, EnergyTce, Co2Tonnes, ValueAdded);
}
