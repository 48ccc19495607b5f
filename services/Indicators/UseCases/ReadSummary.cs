using IndustryPlatform.Rules;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.UseCases;

public sealed record SummaryQuery(string? IndicatorCode, string? RegionCode, string? Period, string? Basis, string? AsOf);

public sealed record SummaryResult(IndicatorSummary Summary, bool FromCache);

/// <summary>指标卡 — one indicator for one region and period; the latest is cached, an as-of read never is.</summary>
public sealed class ReadSummary(IndicatorsDbContext db, LoadFigures load, IndicatorCache cache)
{
    public async Task<SummaryResult> HandleAsync(SummaryQuery query, CancellationToken cancellationToken)
    {
        var catalogue = await db.LoadCatalogueAsync(cancellationToken);
        var indicator = QueryArguments.Indicator(catalogue, query.IndicatorCode);
        var region = QueryArguments.Region(catalogue, query.RegionCode);
        var period = QueryArguments.Period(query.Period);
        var basis = QueryArguments.Basis(query.Basis);
        var asOf = AsOfDate.Parse(query.AsOf);

        Task<IndicatorSummary?> Compute() => ComposeAsync(db, load, catalogue, indicator, region.Code, period, basis, asOf, cancellationToken);

        var (summary, fromCache) = asOf is null
            ? await cache.GetOrComputeAsync($"summary:{indicator.Code}:{region.Code}:{period}:{basis}", Figures.PeriodsFor(period), Compute, catalogue.FactsBehind(indicator), readsPlan: true)
            : (await Compute(), false);

        return summary is null
            ? throw new NotFoundException(RuleCodes.Observation.NotFound, $"No figure of {indicator.Code} for {region.Code} in {period} ({basis.ToString().ToLowerInvariant()}).")
            : new SummaryResult(summary, fromCache);
    }

    internal static async Task<IndicatorSummary?> ComposeAsync(
        IndicatorsDbContext db, LoadFigures load, Catalogue catalogue, Indicator indicator, string region, Period period, Basis basis, DateTimeOffset? asOf,
        CancellationToken cancellationToken)
    {
        var figures = await load.HandleAsync(catalogue, Figures.CodesFor(indicator), Figures.PeriodsFor(period), asOf, cancellationToken);
        var target = await db.Targets.AsNoTracking()
            .Where(t => t.IndicatorCode == indicator.Code && t.RegionCode == region && t.Year == period.Year)
            .Select(t => (decimal?)t.Value)
            .FirstOrDefaultAsync(cancellationToken);
        var thresholds = await db.ThresholdsOfAsync(period.Year, cancellationToken);
        return IndicatorSummary.Compose(indicator, region, period, basis, figures, target, thresholds.IndicatorYellowTolerance);
    }
}
