using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.UseCases;

public sealed record BulletinQuery(string? RegionCode, string? Period);

public sealed record BulletinResult(Bulletin Bulletin, bool FromCache);

/// <summary>运行简报 — the region's figures for a year or the year to a month, told in the report's words; cached until they change.</summary>
public sealed class WriteBulletin(IndicatorsDbContext db, LoadFigures load, IndicatorCache cache)
{
    public async Task<BulletinResult> HandleAsync(BulletinQuery query, CancellationToken cancellationToken)
    {
        var catalogue = await db.LoadCatalogueAsync(cancellationToken);
        var region = QueryArguments.Region(catalogue, query.RegionCode);
        var asked = QueryArguments.Period(query.Period);
        var periods = Bulletin.PeriodsCovered(asked).Values.SelectMany(Figures.PeriodsFor).Distinct().ToList();

        var (bulletin, fromCache) = await cache.GetOrComputeAsync($"bulletin:{region.Code}:{asked}", periods, async () =>
        {
            var figures = await load.HandleAsync(catalogue, [.. catalogue.Indicators.Keys], periods, null, cancellationToken);
            var targets = await db.Targets.AsNoTracking()
                .Where(t => t.RegionCode == region.Code && t.Year == asked.Year)
                .ToDictionaryAsync(t => t.IndicatorCode, t => t.Value, cancellationToken);
            var thresholds = await db.ThresholdsOfAsync(asked.Year, cancellationToken);
            return Bulletin.Compose(region, asked, figures, targets, thresholds.IndicatorYellowTolerance);
        }, catalogue.Indicators.Values.SelectMany(catalogue.FactsBehind), readsPlan: true);
        return new BulletinResult(bulletin!, fromCache);
    }
}
