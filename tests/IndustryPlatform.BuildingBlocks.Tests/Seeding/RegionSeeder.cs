using IndustryPlatform.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Tests.Seeding;

/// <summary>Upserts seeds/regions.json by code, as the services' seeders do.</summary>
public sealed class RegionSeeder : IDatabaseSeeder<SeededDbContext>
{
    public async Task SeedAsync(SeededDbContext db, SeedFiles seeds, CancellationToken cancellationToken)
    {
        var known = await db.Regions.ToDictionaryAsync(r => r.Code, cancellationToken);
        foreach (var seed in seeds.Read<RegionsFile>("regions.json").Regions)
        {
            if (known.TryGetValue(seed.Code, out var region))
            {
                region.NameZh = seed.NameZh;
            }
            else
            {
                db.Regions.Add(new SeededRegion { Code = seed.Code, NameZh = seed.NameZh });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public enum RegionKind { Province, City, District }

    public sealed record RegionsFile(IReadOnlyList<RegionSeed> Regions);

    public sealed record RegionSeed(string Code, RegionKind Kind, string? Parent, string NameZh, string NameEn, string? AdminCode);
}
