using IndustryPlatform.Rules;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.UseCases;

public sealed record DistrictsQuery(string? IndicatorCode, string? Period, string? Basis, string? AsOf);

public sealed record DistrictsResult(DistrictComparison Comparison, bool FromCache);

/// <summary>区县比较 — the six districts ranked on one indicator, each against its own plan; cached like the ranking, an as-of read never.</summary>
public sealed class CompareDistricts(IndicatorsDbContext db, LoadFigures load, IndicatorCache cache)
{
    public async Task<DistrictsResult> HandleAsync(DistrictsQuery query, CancellationToken cancellationToken)
    {
        var catalogue = await db.LoadCatalogueAsync(cancellationToken);
        var indicator = QueryArguments.Indicator(catalogue, query.IndicatorCode);
        var period = QueryArguments.Period(query.Period);
        var basis = QueryArguments.Basis(query.Basis);
        var asOf = AsOfDate.Parse(query.AsOf);
        if (indicator.CityOnly)
        {
            throw new NotFoundException(RuleCodes.Indicator.CityOnly, $"{indicator.Code} ({indicator.NameZh}) is held for the city only: no district has figures of it.");
        }

        async Task<DistrictComparison?> Compute()
        {
            var figures = await load.HandleAsync(catalogue, Figures.CodesFor(indicator), Figures.PeriodsFor(period), asOf, cancellationToken);
            var districts = catalogue.Districts.ToList();
            var targets = await db.Targets.AsNoTracking()
                .Where(t => t.IndicatorCode == indicator.Code && districts.Contains(t.RegionCode) && t.Year == period.Year)
                .ToDictionaryAsync(t => t.RegionCode, t => t.Value, cancellationToken);
            var thresholds = await db.ThresholdsOfAsync(period.Year, cancellationToken);
            return DistrictComparison.Compose(indicator, period, basis, figures, targets, thresholds.IndicatorYellowTolerance);
        }

        var (comparison, fromCache) = asOf is null
            ? await cache.GetOrComputeAsync($"districts:{indicator.Code}:{period}:{basis}", Figures.PeriodsFor(period), Compute, catalogue.FactsBehind(indicator), readsPlan: true)
            : (await Compute(), false);
        return new DistrictsResult(comparison!, fromCache);
    }
}
