using IndustryPlatform.Rules;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Derived;

namespace IndustryPlatform.Indicators.UseCases;

public sealed record ExplainQuery(string? IndicatorCode, string? RegionCode, string? Period, string? Basis, int? Page, int? PageSize);

/// <summary>A page of the records a derived figure counted.</summary>
public sealed record CountedRecordsPage(int Total, int Page, int PageSize, IReadOnlyList<CountedRecord> Items);

/// <summary>One figure a recomputed one was made from: a component's, or a district's, for a period.</summary>
public sealed record ComponentFigure(string IndicatorCode, string RegionCode, string Period, decimal? Value, FigureSource? Source, bool IsDemo);

/// <summary>
/// How a figure was made. Derived: the declaration and the records it counted (<see cref="Records"/>). Recomputed: the
/// figures it was computed from (<see cref="Components"/>: the components for the region and each district, or the
/// districts' figures a city total adds up). Reported: every vintage, who sent it and when (<see cref="Vintages"/>).
/// </summary>
public sealed record FigureExplanation(
    string IndicatorCode,
    string RegionCode,
    string Period,
    Basis Basis,
    decimal Value,
    FigureSource Source,
    bool IsDemo,
    DerivedFigure? Derived,
    CountedRecordsPage? Records,
    IReadOnlyList<ComponentFigure> Components,
    IReadOnlyList<VintageRow> Vintages);

/// <summary>溯源 — which records, components or submissions make one figure.</summary>
public sealed class ExplainFigure(IndicatorsDbContext db, LoadFigures load)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public async Task<FigureExplanation> HandleAsync(ExplainQuery query, CancellationToken cancellationToken)
    {
        var catalogue = await db.LoadCatalogueAsync(cancellationToken);
        var indicator = QueryArguments.Indicator(catalogue, query.IndicatorCode);
        var region = QueryArguments.Region(catalogue, query.RegionCode);
        var period = QueryArguments.Period(query.Period);
        var basis = QueryArguments.Basis(query.Basis);
        var (page, pageSize) = Paging(query);

        var codes = Figures.CodesFor(indicator);
        var figures = await load.HandleAsync(catalogue, codes, [period, period.SamePeriodLastYear], null, cancellationToken);
        var figure = figures.Of(indicator, region.Code, period, basis)
            ?? throw new NotFoundException(RuleCodes.Observation.NotFound, $"No figure of {indicator.Code} for {region.Code} in {period} ({basis.ToString().ToLowerInvariant()}).");

        CountedRecordsPage? records = null;
        IReadOnlyList<ComponentFigure> components = [];
        IReadOnlyList<VintageRow> vintages = [];
        switch (figure.Source)
        {
            case FigureSource.Derived:
                var districts = region.Code == Catalogue.CityCode ? catalogue.Districts : [region.Code];
                var (total, items) = await db.CountedRecordsAsync(indicator.Derived!, districts, period, basis, page, pageSize, cancellationToken);
                records = new CountedRecordsPage(total, page, pageSize, items);
                break;
            case FigureSource.Recomputed:
                components = Components(indicator, region.Code, period, basis, figures);
                break;
            default:
                vintages = (await db.VintagesAsync(new SeriesKey(indicator.Code, region.Code, period, basis), cancellationToken))
                    .Select(v => new VintageRow(v.Vintage, v.Value, v.SubmittedBy, v.SubmittedAt, v.Warnings, v.IsDemo)).ToList();
                break;
        }

        return new FigureExplanation(indicator.Code, region.Code, period.ToString(), basis, figure.Value, figure.Source, figure.IsDemo,
            indicator.Derived, records, components, vintages);
    }

    private static List<ComponentFigure> Components(Indicator indicator, string region, Period period, Basis basis, Figures figures)
    {
        var catalogue = figures.Catalogue;
        var regions = (IEnumerable<string>)[region, .. region == Catalogue.CityCode ? catalogue.Districts : []];
        var parts = indicator.Aggregation switch
        {
            Aggregation.Ratio => indicator.Components.Select(c => (Code: c, Period: period)),
            Aggregation.Growth => indicator.Components.SelectMany(c => new[] { (Code: c, Period: period), (Code: c, Period: period.SamePeriodLastYear) }),
            // A city total summed from its districts.
            _ => [(Code: indicator.Code, Period: period)],
        };
        var rows = new List<ComponentFigure>();
        foreach (var (code, at) in parts)
        {
            if (catalogue.Find(code) is not { } component)
            {
                continue;
            }

            foreach (var r in regions.Where(r => code != indicator.Code || r != region))
            {
                var f = figures.Of(component, r, at, basis);
                rows.Add(new ComponentFigure(code, r, at.ToString(), f?.Value, f?.Source, f?.IsDemo ?? false));
            }
        }

        return rows;
    }

    private static (int Page, int PageSize) Paging(ExplainQuery query)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? DefaultPageSize;
        var violations = new List<RuleViolation>();
        if (page < 1)
        {
            violations.Add(new("page", RuleCodes.Page.OutOfRange, $"Pages start at 1; {page} was asked for."));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            violations.Add(new("page_size", RuleCodes.Page.SizeOutOfRange, $"The page size must be 1–{MaxPageSize}; {pageSize} was asked for."));
        }

        return violations.Count > 0 ? throw new InvalidInputException(violations) : (page, pageSize);
    }
}
