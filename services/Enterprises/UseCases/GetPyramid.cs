using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <param name="FromCache">True when Redis answered.</param>
public sealed record GetPyramidResult(Pyramid Pyramid, bool FromCache);

/// <summary>The pyramid for a year: from the cache when it holds it, otherwise counted in PostgreSQL.</summary>
public sealed class GetPyramid(EnterprisesDbContext db, TierCatalogue catalogue, PyramidCache cache, TimeProvider clock)
{
    public async Task<GetPyramidResult> HandleAsync(int year, CancellationToken cancellationToken)
    {
        TierYear.Check(year, clock);
        if (await cache.GetAsync(year) is { } cached)
        {
            return new GetPyramidResult(cached, FromCache: true);
        }

        var certified = await db.TierRecords.AsNoTracking()
            .Where(r => r.Status == TierStatus.Certified && r.Year <= year)
            .Select(r => new { r.CreditCode, r.DistrictCode, r.TierCode, r.Year })
            .ToListAsync(cancellationToken);

        var tiers = catalogue.Tiers.Select(tier =>
        {
            var records = certified.Where(r => r.TierCode == tier.Code).ToList();
            var districts = records
                .GroupBy(r => r.DistrictCode)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PyramidDistrict(g.Key, g.Count(r => r.Year == year), g.Select(r => r.CreditCode).Distinct().Count()))
                .ToList();
            return new PyramidTier(tier.Code, tier.NameZh, tier.Level.ToString(),
                records.Count(r => r.Year == year), records.Select(r => r.CreditCode).Distinct().Count(), districts);
        }).ToList();

        var pyramid = new Pyramid(year, tiers);
        await cache.SetAsync(pyramid);
        return new GetPyramidResult(pyramid, FromCache: false);
    }
}
