using IndustryPlatform.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.ReferenceData;

/// <summary>Loads seeds/regions.json and seeds/industry-chains.json; an upsert by code, so it is safe on every start.</summary>
public static class ReferenceDataSeeder
{
    public static async Task SeedReferenceDataAsync(this DbContext db, SeedFiles seeds, CancellationToken cancellationToken)
    {
        var regions = seeds.ReadRegions();
        var chains = seeds.Read<IndustryChainsFile>("industry-chains.json").Chains;

        var knownRegions = await db.Set<Region>().ToDictionaryAsync(r => r.Code, cancellationToken);
        foreach (var seed in regions)
        {
            if (!knownRegions.TryGetValue(seed.Code, out var region))
            {
                region = new Region { Code = seed.Code, Kind = seed.Kind, NameZh = seed.NameZh, NameEn = seed.NameEn };
                db.Add(region);
            }
            region.Kind = seed.Kind;
            region.ParentCode = seed.Parent;
            region.NameZh = seed.NameZh;
            region.NameEn = seed.NameEn;
            region.AdminCode = seed.AdminCode;
        }

        var knownChains = await db.Set<IndustryChain>().ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (var seed in chains)
        {
            if (!knownChains.TryGetValue(seed.Code, out var chain))
            {
                chain = new IndustryChain { Code = seed.Code, Kind = seed.Kind, NameZh = seed.NameZh, NameEn = seed.NameEn, LeadDepartment = seed.LeadDepartment };
                db.Add(chain);
            }
            chain.Kind = seed.Kind;
            chain.NameZh = seed.NameZh;
            chain.NameEn = seed.NameEn;
            chain.LeadDepartment = seed.LeadDepartment;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The regions of seeds/regions.json, for code that needs them without a database (the gateway's client checks).</summary>
    public static IReadOnlyList<RegionSeed> ReadRegions(this SeedFiles seeds) => seeds.Read<RegionsFile>("regions.json").Regions;

    private sealed record RegionsFile(IReadOnlyList<RegionSeed> Regions);

    public sealed record RegionSeed(string Code, RegionKind Kind, string? Parent, string NameZh, string NameEn, string? AdminCode);

    private sealed record IndustryChainsFile(IReadOnlyList<IndustryChainSeed> Chains);

    private sealed record IndustryChainSeed(string Code, IndustryChainKind Kind, string NameZh, string NameEn, string LeadDepartment);
}
