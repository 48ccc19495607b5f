using System.Globalization;

namespace IndustryPlatform.Enterprises.Domain;

/// <summary>Judges an enterprise's figures against the catalogue's criteria. Pure: no storage, no clock.</summary>
public sealed class TierEvaluator(TierCatalogue catalogue)
{
    public EnterpriseEvaluation Evaluate(EvaluationSubject subject, int year)
    {
        var figures = subject.FiguresByYear.GetValueOrDefault(year);
        var carbon = figures is null ? null : CarbonEfficiency.Of(figures, subject.IndustryCode, catalogue.CarbonEfficiency);
        var perMu = figures is null ? null : PerMuEfficiency.Of(figures, catalogue.PerMuEfficiency);
        var tiers = catalogue.Tiers.Select(t => Evaluate(t, subject, year, carbon)).ToList();
        return new EnterpriseEvaluation(year, carbon, perMu, tiers);
    }

    public TierEvaluation Evaluate(TierDefinition tier, EvaluationSubject subject, int year, CarbonEfficiency? carbon)
    {
        if (!tier.IsEvaluated)
        {
            return new TierEvaluation(tier.Code, tier.NameZh, tier.Level, IsEvaluated: false, Met: false, []);
        }

        var results = tier.Criteria.Select(c => Evaluate(c, subject, year, carbon)).ToList();
        return new TierEvaluation(tier.Code, tier.NameZh, tier.Level, IsEvaluated: true, results.All(r => r.Met), results);
    }

    private CriterionResult Evaluate(TierCriterion criterion, EvaluationSubject subject, int year, CarbonEfficiency? carbon)
    {
        var alternatives = criterion.AnyOf
            .Select(conditions => conditions.Select(c => Check(c, subject, year, carbon)).ToList())
            .ToList();
        var met = alternatives.Any(a => a.All(c => c.Met));

        // When met, show the alternative that met it; otherwise every alternative, so the clerk sees what is missing.
        var shown = met ? alternatives.First(a => a.All(c => c.Met)) : alternatives.SelectMany(a => a);
        var findings = alternatives.Count > 1 && !met
            ? alternatives.Select(a => string.Join(" and ", a.Select(c => c.Finding))).Select(f => $"either {f}").ToList()
            : shown.Select(c => c.Finding).ToList();
        return new CriterionResult(criterion.Code, criterion.Description, met, findings);
    }

    private ConditionCheck Check(CriterionCondition condition, EvaluationSubject subject, int year, CarbonEfficiency? carbon)
    {
        if (condition.HoldsTier is { } held)
        {
            var name = catalogue.Find(held)?.NameZh ?? held;
            return subject.HeldTiers.Contains(held)
                ? new(true, $"holds {name} ({held})")
                : new(false, $"does not hold {name} ({held}), required");
        }

        var metric = condition.Metric ?? throw new InvalidOperationException("A criterion condition names neither a metric nor a tier.");
        var years = Math.Max(condition.Years ?? 1, 1);
        var label = Label(metric) + (years > 1 ? $" over {years} years" : string.Empty);

        decimal value;
        var note = string.Empty;
        switch (metric)
        {
            case FigureMetric.YearsInBusiness:
                if (subject.FoundedOn is not { } founded)
                {
                    return new(false, $"{label} unknown (no founding date)");
                }

                value = year - founded.Year;
                break;
            case FigureMetric.CarbonGrade:
                if (carbon is null)
                {
                    return new(false, $"{label} unknown (no figures with value added for {year})");
                }

                value = carbon.Grade;
                break;
            default:
                var window = Enumerable.Range(year - years + 1, years)
                    .Select(y => subject.FiguresByYear.GetValueOrDefault(y))
                    .Where(f => f is not null)
                    .Select(f => f!)
                    .ToList();
                if (!subject.FiguresByYear.ContainsKey(year))
                {
                    return new(false, $"{label} unknown (no figures for {year})");
                }

                value = window.Sum(f => ValueOf(metric, f));
                if (window.Count < years)
                {
                    note = $" ({window.Count} of {years} years on record)";
                }

                break;
        }

        if (condition.Min is { } min && value < min)
        {
            return new(false, $"{label} {Format(metric, value)} < {Format(metric, min)} required{note}");
        }

        if (condition.Max is { } max && value > max)
        {
            return new(false, $"{label} {Format(metric, value)} > {Format(metric, max)} allowed{note}");
        }

        var bound = condition.Min is { } m ? $" ≥ {Format(metric, m)}" : condition.Max is { } x ? $" ≤ {Format(metric, x)}" : string.Empty;
        return new(true, $"{label} {Format(metric, value)}{bound}{note}");
    }

    private static decimal ValueOf(FigureMetric metric, FigureValues f) => metric switch
    {
        FigureMetric.MainBusinessRevenue => f.MainBusinessRevenue,
        FigureMetric.TaxesPaidInCity => f.TaxesPaidInCity,
        FigureMetric.IndustrialInvestment => f.IndustrialInvestment,
        FigureMetric.RdSpend => f.RdSpend,
        FigureMetric.RdIntensityPercent => f.RdIntensityPercent,
        FigureMetric.Employees => f.Employees,
        FigureMetric.ValueAdded => f.ValueAdded,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a figure of one year."),
    };

    private static string Label(FigureMetric metric) => metric switch
    {
        FigureMetric.MainBusinessRevenue => "revenue",
        FigureMetric.TaxesPaidInCity => "taxes",
        FigureMetric.IndustrialInvestment => "industrial investment",
        FigureMetric.RdSpend => "R&D spend",
        FigureMetric.RdIntensityPercent => "R&D intensity",
        FigureMetric.Employees => "employees",
        FigureMetric.ValueAdded => "value added",
        FigureMetric.YearsInBusiness => "years in business",
        FigureMetric.CarbonGrade => "carbon grade",
        _ => metric.ToString(),
    };

    /// <summary>Money as the report writes it: 亿 from 1亿 (10,000万) up, otherwise 万.</summary>
    internal static string Format(FigureMetric metric, decimal value) => metric switch
    {
        FigureMetric.MainBusinessRevenue or FigureMetric.TaxesPaidInCity or FigureMetric.IndustrialInvestment
            or FigureMetric.RdSpend or FigureMetric.ValueAdded => value >= 10_000m
                ? (value / 10_000m).ToString("0.##", CultureInfo.InvariantCulture) + "亿"
                : value.ToString("0.##", CultureInfo.InvariantCulture) + "万",
        FigureMetric.RdIntensityPercent => value.ToString("0.##", CultureInfo.InvariantCulture) + "%",
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };

    private sealed record ConditionCheck(bool Met, string Finding);
}
