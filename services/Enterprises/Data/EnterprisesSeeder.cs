using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.ReferenceData;

namespace IndustryPlatform.Enterprises.Data;

/// <summary>Loads the regions and industry chains from seeds/ on every start (an upsert by code).</summary>
internal sealed class EnterprisesSeeder : IDatabaseSeeder<EnterprisesDbContext>
{
    public Task SeedAsync(EnterprisesDbContext db, SeedFiles seeds, CancellationToken cancellationToken) =>
        db.SeedReferenceDataAsync(seeds, cancellationToken);
}
