using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>
/// 数字化改造覆盖率 for a year: the year's above-scale enterprises and each one's level on 31 December (today for the
/// year under way), grouped by the district and industry they are registered in now.
/// </summary>
public sealed class GetDigitalCoverage(EnterprisesDbContext db, TimeProvider clock)
{
    public async Task<DigitalCoverage> HandleAsync(int year, CancellationToken cancellationToken)
    {
        TierYear.Check(year, clock);
        var endOfYear = new DateOnly(year, 12, 31);
        var aboveScale = await db.AboveScaleYears.AsNoTracking().Where(a => a.Year == year).Select(a => a.CreditCode).ToListAsync(cancellationToken);
        var codes = aboveScale.Select(CreditCode.Parse).ToList();
        var registry = await db.Enterprises.AsNoTracking()
            .Where(e => codes.Contains(e.CreditCode))
            .Select(e => new { e.CreditCode, e.DistrictCode, e.IndustryCode })
            .ToListAsync(cancellationToken);
        var records = (await db.DigitalLevelRecords.AsNoTracking()
                .Where(r => aboveScale.Contains(r.CreditCode) && r.ReachedOn <= endOfYear)
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.CreditCode, StringComparer.Ordinal);
        var levels = registry
            .Select(e => new AboveScaleDigitalLevel(e.CreditCode.Value, e.DistrictCode, e.IndustryCode, DigitalLevelRecord.LevelOn(records[e.CreditCode.Value], endOfYear)))
            .ToList();
        return DigitalCoverage.Of(year, levels);
    }
}
