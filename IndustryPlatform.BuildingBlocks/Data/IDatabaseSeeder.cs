using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Data;

/// <summary>Loads reference data at every start; must be idempotent (upsert by natural key).</summary>
public interface IDatabaseSeeder<in TDbContext> where TDbContext : DbContext
{
    Task SeedAsync(TDbContext db, SeedFiles seeds, CancellationToken cancellationToken);
}
