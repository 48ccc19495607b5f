namespace IndustryPlatform.Enterprises.Domain;

/// <summary>Yearly figures that passed every rule. Money in 万元.</summary>
public sealed record FigureValues(
    decimal MainBusinessRevenue,
    decimal TaxesPaidInCity,
    decimal IndustrialInvestment,
    decimal RdSpend,
    int Employees,
    decimal LandMu,
    decimal EnergyTce,
    decimal Co2Tonnes,
    decimal ValueAdded)
{
    /// <summary>研发投入强度 in percent; 0 when there is no revenue.</summary>
    public decimal RdIntensityPercent => MainBusinessRevenue == 0 ? 0 : RdSpend / MainBusinessRevenue * 100m;
}
