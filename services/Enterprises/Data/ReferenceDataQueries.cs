using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.Data;

internal static class ReferenceDataQueries
{
    /// <summary>The city's own districts (kind District) and every industry chain, as the domain rules need them.</summary>
    public static async Task<RegistryReferenceData> LoadRegistryReferenceDataAsync(this EnterprisesDbContext db, CancellationToken cancellationToken)
    {
        var districts = await db.Set<Region>().AsNoTracking()
            .Where(r => r.Kind == RegionKind.District)
            .Select(r => r.Code)
            .ToListAsync(cancellationToken);
        var chains = await db.Set<IndustryChain>().AsNoTracking()
            .Select(c => c.Code)
            .ToListAsync(cancellationToken);
        return new RegistryReferenceData(districts.ToHashSet(StringComparer.Ordinal), chains.ToHashSet(StringComparer.Ordinal));
    }
}
