using System.Diagnostics;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>The demo data set on a fresh database: loaded once with its events, and a second start adds nothing.</summary>
public sealed class DemoSeed(EnterprisesHost host) : IClassFixture<EnterprisesHost>
{
    [Fact]
    public async Task Loads_the_demo_enterprises_figures_and_certifications_once_with_their_events()
    {
        var ct = TestContext.Current.CancellationToken;
        var connection = await host.Infrastructure.GetDatabaseConnectionStringAsync($"enterprises_demo_{Guid.NewGuid():N}");
        var options = new DbContextOptionsBuilder<EnterprisesDbContext>().UseNpgsql(connection).Options;
        var seeder = new EnterprisesSeeder(
            new ConfigurationBuilder().Build(), host.Services.GetRequiredService<TierCatalogue>(),
            host.Services.GetRequiredService<PyramidCache>(), host.Services.GetRequiredService<EvaluationCache>(), TimeProvider.System, NullLogger<EnterprisesSeeder>.Instance);

        await using (var db = new EnterprisesDbContext(options))
        {
            await db.Database.MigrateAsync(ct);
        }

        var first = Stopwatch.StartNew();
        await using (var db = new EnterprisesDbContext(options))
        {
            await seeder.SeedAsync(db, new SeedFiles(), ct);
        }

        first.Stop();
        int afterFirst;
        await using (var db = new EnterprisesDbContext(options))
        {
            // The first start alone loads everything: figures and certifications of enterprises registered in the same run.
            afterFirst = await db.Set<OutboxMessage>().CountAsync(ct);
            Assert.Equal(1200, await db.YearlyFigures.CountAsync(ct));
        }

        await using (var db = new EnterprisesDbContext(options))
        {
            await seeder.SeedAsync(db, new SeedFiles(), ct);
        }

        await using var check = new EnterprisesDbContext(options);
        Assert.Equal(afterFirst, await check.Set<OutboxMessage>().CountAsync(ct));
        Assert.Equal(600, await check.Enterprises.CountAsync(ct));
        Assert.Equal(1200, await check.YearlyFigures.CountAsync(f => f.IsDemo, ct));
        Assert.Equal(684, await check.DigitalLevelRecords.CountAsync(r => r.IsDemo, ct));
        var certifications = await check.TierRecords.CountAsync(r => r.Status == TierStatus.Certified, ct);
        Assert.True(certifications > 200, $"{certifications} certifications");
        var outbox = await check.Set<OutboxMessage>().ToListAsync(ct);
        Assert.Equal(600, outbox.Count(m => m.MessageType.Contains("EnterpriseRegistered", StringComparison.Ordinal)));
        Assert.Equal(certifications, outbox.Count(m => m.MessageType.Contains("TierCertified", StringComparison.Ordinal)));
        Assert.Equal(await check.AboveScaleYears.CountAsync(ct), outbox.Count(m => m.MessageType.Contains("EnterpriseBecameAboveScale", StringComparison.Ordinal)));
        Assert.True(first.Elapsed < TimeSpan.FromSeconds(20), $"first seed took {first.Elapsed}");
        TestContext.Current.SendDiagnosticMessage($"Demo seed on an empty database took {first.ElapsedMilliseconds} ms");

        var tianneng = await check.Enterprises.AsNoTracking().SingleAsync(e => e.NameZh == "天能集团", ct);
        Assert.True(await check.TierRecords.AnyAsync(r => r.CreditCode == tianneng.CreditCode.Value && r.TierCode == "eagle", ct));
    }
}
