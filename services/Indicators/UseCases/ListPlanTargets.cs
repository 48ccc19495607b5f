using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>年度计划 — the plan's targets (the regions' and the chains'), filtered by year, indicator, region and chain.</summary>
public sealed class ListPlanTargets(IndicatorsDbContext db)
{
    public async Task<IReadOnlyList<PlanTargetView>> HandleAsync(PlanQuery query, CancellationToken cancellationToken)
    {
        var targets = await db.Targets.IgnoreQueryFilters().AsNoTracking()
            .Where(t => query.Year == null || t.Year == query.Year)
            .Where(t => query.IndicatorCode == null || t.IndicatorCode == query.IndicatorCode)
            .Where(t => query.RegionCode == null || t.RegionCode == query.RegionCode)
            .Where(t => query.ChainCode == null || t.ChainCode == query.ChainCode)
            .ToListAsync(cancellationToken);
        var catalogue = await db.LoadCatalogueAsync(cancellationToken);
        var last = await PlanHistory.LastChangesAsync(db, query, cancellationToken);
        return [.. targets
            .OrderBy(t => t.Year).ThenBy(t => catalogue.Find(t.IndicatorCode)?.Position ?? int.MaxValue).ThenBy(t => t.IndicatorCode)
            .ThenBy(t => t.RegionCode == Catalogue.CityCode ? 0 : 1).ThenBy(t => t.RegionCode).ThenBy(t => t.ChainCode)
            .Select(t =>
            {
                var indicator = catalogue.Find(t.IndicatorCode);
                var change = last.GetValueOrDefault((t.IndicatorCode, t.RegionCode, t.Year, t.ChainCode));
                return new PlanTargetView(
                    t.IndicatorCode, indicator?.NameZh ?? t.IndicatorCode, indicator?.Unit ?? "", t.RegionCode, t.Chain, t.Year, t.Value, t.Version,
                    change?.SetBy, change?.SetAt, change?.Reason);
            })];
    }
}
