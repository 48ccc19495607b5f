using IndustryPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Tests.Support;

public static class TestDatabase
{
    /// <summary>A fresh database with the test model (tallies, outbox, inbox).</summary>
    public static async Task<string> CreateAsync(InfrastructureFixture infrastructure, string name)
    {
        var connectionString = await infrastructure.GetDatabaseConnectionStringAsync(name);
        await using var db = Open(connectionString);
        await db.Database.EnsureDeletedAsync();
        await db.Database.EnsureCreatedAsync();
        return connectionString;
    }

    public static TestDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(connectionString).Options);
}
