using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Domain;

/// <summary>Yearly figures as submitted: any of them may be missing or wrong; <see cref="Validate"/> names every broken rule.</summary>
public sealed record FiguresSubmission(
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
    /// <summary>Every amount is kept to 2 decimal places, below 10¹⁶ (万元, 亩, tce, tonnes).</summary>
    public static readonly StoredNumber AmountColumn = new(18, 2);

    /// <summary>Figures before this year are not kept: the platform's statistics start in the 2000s.</summary>
    public const int EarliestYear = 2000;

    /// <summary>Checks every rule; throws <see cref="InvalidInputException"/> listing all that are broken.</summary>
    public FigureValues Validate(int year, TimeProvider clock)
    {
        var violations = new List<RuleViolation>();
        var currentYear = HuzhouCalendar.CurrentYear(clock);
        if (year > currentYear)
        {
            violations.Add(new("year", RuleCodes.Figures.YearInFuture, $"Figures for {year} cannot be recorded before that year has begun (it is {currentYear})."));
        }
        else if (year < EarliestYear)
        {
            violations.Add(new("year", RuleCodes.Figures.YearTooEarly, $"Figures for {year} are before {EarliestYear}, the first year the platform keeps."));
        }

        var revenue = Amount(MainBusinessRevenue, "main_business_revenue", "main-business revenue (主营业务收入)", violations);
        var taxes = Amount(TaxesPaidInCity, "taxes_paid_in_city", "taxes paid in the city (税收)", violations);
        var investment = Amount(IndustrialInvestment, "industrial_investment", "industrial investment (工业投资)", violations);
        var rd = Amount(RdSpend, "rd_spend", "R&D spend (研发费用)", violations);
        var land = Amount(LandMu, "land_mu", "land used in 亩 (用地面积)", violations);
        var energy = Amount(EnergyTce, "energy_tce", "energy use in tce (综合能耗)", violations);
        var co2 = Amount(Co2Tonnes, "co2_tonnes", "CO₂ from energy use in tonnes (碳排放)", violations);
        var valueAdded = Amount(ValueAdded, "value_added", "value added (工业增加值)", violations);

        if (Employees is null)
        {
            violations.Add(new("employees", RuleCodes.Figure.Required, "The number of employees (从业人员) is required."));
        }
        else if (Employees < 0)
        {
            violations.Add(new("employees", RuleCodes.Figure.Negative, $"The number of employees cannot be negative ({Employees})."));
        }

        if (rd is { } r && revenue is { } rev && r > rev)
        {
            violations.Add(new("rd_spend", RuleCodes.RdSpend.ExceedsRevenue, $"R&D spend {r}万元 is more than main-business revenue {rev}万元."));
        }

        if (valueAdded is { } va && revenue is { } total && va > total)
        {
            violations.Add(new("value_added", RuleCodes.ValueAdded.ExceedsRevenue, $"Value added {va}万元 is more than main-business revenue {total}万元."));
        }

        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        return new FigureValues(revenue!.Value, taxes!.Value, investment!.Value, rd!.Value, Employees!.Value, land!.Value, energy!.Value, co2!.Value, valueAdded!.Value);
    }

    private static decimal? Amount(decimal? value, string field, string label, List<RuleViolation> violations)
    {
        if (value is null)
        {
            violations.Add(new(field, RuleCodes.Figure.Required, $"The {label} is required."));
            return null;
        }

        if (value < 0)
        {
            violations.Add(new(field, RuleCodes.Figure.Negative, $"The {label} cannot be negative ({value})."));
            return null;
        }

        if (AmountColumn.Check(value.Value, field) is { } unstorable)
        {
            violations.Add(unstorable);
            return null;
        }

        return value;
    }
}
