using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Enterprises.Data;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>The districts and chains are read once per process — but never kept before the seeding has filled them.</summary>
public sealed class ReferenceDataSnapshot(EnterprisesHost host) : IClassFixture<EnterprisesHost>
{
    [Fact]
    public async Task Reads_the_reference_tables_once_seeded_and_not_before()
    {
        var ct = TestContext.Current.CancellationToken;
        var connection = await host.Infrastructure.GetDatabaseConnectionStringAsync($"enterprises_reference_{Guid.NewGuid():N}");
        var options = new DbContextOptionsBuilder<EnterprisesDbContext>().UseNpgsql(connection).Options;
        await using var db = new EnterprisesDbContext(options);
        await db.Database.MigrateAsync(ct);
        using var snapshot = new RegistryReferenceDataSnapshot();

        var beforeSeeding = await snapshot.GetAsync(db, ct);
        await db.SeedReferenceDataAsync(new SeedFiles(), ct);
        var seeded = await snapshot.GetAsync(db, ct);
        await db.Set<IndustryPlatform.BuildingBlocks.ReferenceData.Region>().Where(r => r.Code == "anji").ExecuteDeleteAsync(ct);
        var later = await snapshot.GetAsync(db, ct);

        Assert.Empty(beforeSeeding.DistrictCodes);
        Assert.Equal(6, seeded.DistrictCodes.Count);
        Assert.Contains("semiconductor", seeded.ChainCodes);
        Assert.Same(seeded, later);
    }
}
