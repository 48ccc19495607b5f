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
        var (pyramid, fromCache) = await cache.GetOrCountAsync(year, () => CountAsync(year, cancellationToken));
        return new GetPyramidResult(pyramid!, fromCache);
    }

    private async Task<Pyramid?> CountAsync(int year, CancellationToken cancellationToken)
    {
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

        return new Pyramid(year, tiers, await CountListedAsync(year, cancellationToken));
    }

    /// <summary>
    /// Like the tier rows, deactivated enterprises stay counted for the years they were listed in, so the listed count and
    /// the phoenix row (凤凰, certified listed enterprises) tell the same story.
    /// </summary>
    private async Task<PyramidListings> CountListedAsync(int year, CancellationToken cancellationToken)
    {
        var endOfYear = new DateOnly(year, 12, 31);
        var listed = await db.Enterprises.AsNoTracking()
            .Where(e => e.ListingExchange != null && e.ListedOn <= endOfYear)
            .Select(e => new { e.DistrictCode, e.ListingExchange, e.ListedOn })
            .ToListAsync(cancellationToken);

        var exchanges = StockExchange.All
            .Select(exchange => (exchange, listings: listed.Where(l => l.ListingExchange == exchange.Code).ToList()))
            .Where(x => x.listings.Count > 0)
            .Select(x => new PyramidExchange(x.exchange.Code, x.exchange.NameZh, x.listings.Count(l => l.ListedOn!.Value.Year == year), x.listings.Count))
            .ToList();
        var districts = listed
            .GroupBy(l => l.DistrictCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PyramidDistrict(g.Key, g.Count(l => l.ListedOn!.Value.Year == year), g.Count()))
            .ToList();
        return new PyramidListings(listed.Count(l => l.ListedOn!.Value.Year == year), listed.Count, exchanges, districts);
    }
}
