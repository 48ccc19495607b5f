using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.Data;

/// <summary>Reads the latest vintage of each series (or the latest known on a date: "as of").</summary>
public static class ObservationQueries
{
    public static async Task<Catalogue> LoadCatalogueAsync(this IndicatorsDbContext db, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, cancellationToken);
        var regions = await db.Set<Region>().AsNoTracking()
            .Select(r => new { r.Code, r.Kind, r.ParentCode, r.NameZh })
            .ToListAsync(cancellationToken);
        return new Catalogue(
            indicators,
            regions.Select(r => new RegionInfo(r.Code, r.Kind switch
            {
                RegionKind.Province => RegionKindInfo.Province,
                RegionKind.City => RegionKindInfo.City,
                _ => RegionKindInfo.District,
            }, r.ParentCode, r.NameZh)).ToList());
    }

    /// <summary>The latest vintage per series for these indicators and periods, as known at <paramref name="asOf"/> (null: now).</summary>
    public static async Task<ObservationBook> LoadBookAsync(
        this IndicatorsDbContext db,
        IReadOnlyCollection<string> indicatorCodes,
        IReadOnlyCollection<Period> periods,
        DateTimeOffset? asOf,
        CancellationToken cancellationToken)
    {
        var codes = indicatorCodes.Distinct().ToList();
        var periodValues = periods.Distinct().ToList();
        var query = db.Observations.AsNoTracking()
            .Where(o => codes.Contains(o.IndicatorCode) && periodValues.Contains(o.Period));
        if (asOf is { } date)
        {
            query = query.Where(o => o.SubmittedAt <= date);
        }

        return new ObservationBook(await query.ToListAsync(cancellationToken));
    }

    /// <summary>Every vintage of one series, oldest first.</summary>
    public static Task<List<Observation>> VintagesAsync(this IndicatorsDbContext db, SeriesKey key, CancellationToken cancellationToken) =>
        db.Observations.AsNoTracking()
            .Where(o => o.IndicatorCode == key.IndicatorCode && o.RegionCode == key.RegionCode && o.Period == key.Period && o.Basis == key.Basis)
            .OrderBy(o => o.Vintage)
            .ToListAsync(cancellationToken);
}
