using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>One year's figures as callers see them, with whether the enterprise counts as 规上 that year.</summary>
public sealed record FiguresEntry(
    string CreditCode,
    int Year,
    decimal MainBusinessRevenue,
    decimal TaxesPaidInCity,
    decimal IndustrialInvestment,
    decimal RdSpend,
    int Employees,
    decimal LandMu,
    decimal EnergyTce,
    decimal Co2Tonnes,
    decimal ValueAdded,
    bool AboveScale,
    string? AboveScaleSource,
    bool IsDemo,
    DateTimeOffset RecordedAt)
{
    public static FiguresEntry From(YearlyFigures f, AboveScaleYear? aboveScale)
    {
        var v = f.Values;
        return new(f.CreditCode, f.Year, v.MainBusinessRevenue, v.TaxesPaidInCity, v.IndustrialInvestment, v.RdSpend, v.Employees,
            v.LandMu, v.EnergyTce, v.Co2Tonnes, v.ValueAdded, aboveScale is not null, aboveScale?.Source, f.IsDemo, f.RecordedAt);
    }
}
