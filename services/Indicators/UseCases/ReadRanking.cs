using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Computation;

namespace IndustryPlatform.Indicators.UseCases;

public sealed record RankingQuery(string? IndicatorCode, string? Period, string? Basis, string? AsOf);

public sealed record RankingRow(int Rank, string RegionCode, string NameZh, decimal Value, FigureSource Source, decimal? GapToProvince);

public sealed record RankingTable(string IndicatorCode, string NameZh, string Unit, bool HigherIsBetter, string Period, Basis Basis, decimal? Province, IReadOnlyList<RankingRow> Rows);

public sealed record RankingResult(RankingTable Table, bool FromCache);

/// <summary>全省排名 — the 11 cities ranked on one indicator for a period, with the gap of each to the provincial figure.</summary>
public sealed class ReadRanking(IndicatorsDbContext db, LoadFigures load, IndicatorCache cache)
{
    public async Task<RankingResult> HandleAsync(RankingQuery query, CancellationToken cancellationToken)
    {
        var catalogue = await db.LoadCatalogueAsync(cancellationToken);
        var indicator = QueryArguments.Indicator(catalogue, query.IndicatorCode);
        var period = QueryArguments.Period(query.Period);
        var basis = QueryArguments.Basis(query.Basis);
        var asOf = AsOfDate.Parse(query.AsOf);

        async Task<RankingTable?> Compute()
        {
            return Rank(indicator, period, basis, await load.HandleAsync(catalogue, Figures.CodesFor(indicator), Figures.PeriodsFor(period), asOf, cancellationToken));
        }

        var (table, fromCache) = asOf is null
            ? await cache.GetOrComputeAsync($"ranking:{indicator.Code}:{period}:{basis}", Figures.PeriodsFor(period), Compute, catalogue.FactsBehind(indicator))
            : (await Compute(), false);
        return new RankingResult(table!, fromCache);
    }

    public static RankingTable Rank(Indicator indicator, Period period, Basis basis, Figures figures)
    {
        var values = new Dictionary<string, Figure>();
        foreach (var city in figures.Catalogue.Cities)
        {
            if (figures.Of(indicator, city, period, basis) is { } figure)
            {
                values[city] = figure;
            }
        }

        var province = figures.Of(indicator, Catalogue.ProvinceCode, period, basis)?.Value;
        var rows = Ranking.Rank(values.ToDictionary(v => v.Key, v => v.Value.Value), indicator.HigherIsBetter)
            .Select(r => new RankingRow(r.Rank, r.RegionCode, figures.Catalogue.Region(r.RegionCode)!.NameZh, r.Value, values[r.RegionCode].Source, ProvincialGap.Of(r.Value, province)))
            .ToList();
        return new RankingTable(indicator.Code, indicator.NameZh, indicator.Unit, indicator.HigherIsBetter, period.ToString(), basis, province, rows);
    }
}
