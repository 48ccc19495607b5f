using IndustryPlatform.Rules;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.UseCases;

public sealed record SeriesQuery(string? IndicatorCode, string? RegionCode, string? From, string? To, string? Basis, string? AsOf);

public sealed record SeriesPoint(string Period, decimal Value, FigureSource Source, int? Vintage, string? SubmittedBy, DateTimeOffset? SubmittedAt, IReadOnlyList<string> Warnings, bool IsDemo);

public sealed record Series(string IndicatorCode, string RegionCode, string Unit, Basis Basis, string? AsOf, IReadOnlyList<SeriesPoint> Points);

/// <summary>时间序列 — one indicator for one region over a range of periods of one kind, latest or as known on a date.</summary>
public sealed class ReadSeries(IndicatorsDbContext db, LoadFigures load)
{
    public const int MaxPeriods = 240;

    public async Task<Series> HandleAsync(SeriesQuery query, CancellationToken cancellationToken)
    {
        var catalogue = await db.LoadCatalogueAsync(cancellationToken);
        var indicator = QueryArguments.Indicator(catalogue, query.IndicatorCode);
        var region = QueryArguments.Region(catalogue, query.RegionCode);
        var from = QueryArguments.Period(query.From, "from");
        var to = QueryArguments.Period(query.To, "to");
        var basis = QueryArguments.Basis(query.Basis);
        var asOf = AsOfDate.Parse(query.AsOf);

        if (from.Kind != to.Kind || string.CompareOrdinal(from.ToString(), to.ToString()) > 0)
        {
            throw new InvalidInputException([new RuleViolation("to", RuleCodes.Range.Invalid, $"'{from}'..'{to}' is not a range of periods of one kind.")]);
        }

        var periods = new List<Period>();
        for (var p = from; string.CompareOrdinal(p.ToString(), to.ToString()) <= 0 && periods.Count <= MaxPeriods; p = Next(p))
        {
            periods.Add(p);
        }

        if (periods.Count > MaxPeriods)
        {
            throw new InvalidInputException([new RuleViolation("to", RuleCodes.Range.TooLong, $"A series covers at most {MaxPeriods} periods.")]);
        }

        var figures = await load.HandleAsync(catalogue, Figures.CodesFor(indicator), [.. periods, .. periods.Select(p => p.SamePeriodLastYear)], asOf, cancellationToken);
        var points = periods
            .Select(p => (Period: p, Figure: figures.Of(indicator, region.Code, p, basis)))
            .Where(x => x.Figure is not null)
            .Select(x => new SeriesPoint(x.Period.ToString(), x.Figure!.Value, x.Figure.Source, x.Figure.Vintage?.Vintage,
                x.Figure.Vintage?.SubmittedBy, x.Figure.Vintage?.SubmittedAt, x.Figure.Vintage?.Warnings ?? [], x.Figure.IsDemo))
            .ToList();
        return new Series(indicator.Code, region.Code, indicator.Unit, basis, asOf?.ToString("O"), points);
    }

    private static Period Next(Period period) => period.Kind switch
    {
        PeriodKind.Month => period.Number == 12 ? Period.Month(period.Year + 1, 1) : Period.Month(period.Year, period.Number + 1),
        PeriodKind.Quarter => period.Number == 4 ? Period.Quarter(period.Year + 1, 1) : Period.Quarter(period.Year, period.Number + 1),
        _ => Period.WholeYear(period.Year + 1),
    };
}
