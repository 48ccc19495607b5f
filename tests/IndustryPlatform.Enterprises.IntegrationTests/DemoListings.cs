using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>
/// The demo listings on a fresh database: "新增上市企业6家,累计达62家" for 2024, the same enterprises as the phoenix
/// certifications, and demo enterprises seeded before listing status existed get it once — unless someone changed them.
/// </summary>
public sealed class DemoListings(EnterprisesHost host) : IClassFixture<EnterprisesHost>
{
    private static CancellationToken None => TestContext.Current.CancellationToken;

    private EnterprisesSeeder Seeder() => new(
        new ConfigurationBuilder().Build(), host.Services.GetRequiredService<TierCatalogue>(),
        host.Services.GetRequiredService<PyramidCache>(), host.Services.GetRequiredService<EvaluationCache>(), TimeProvider.System, NullLogger<EnterprisesSeeder>.Instance);

    private async Task<DbContextOptions<EnterprisesDbContext>> FreshDatabaseAsync()
    {
        var connection = await host.Infrastructure.GetDatabaseConnectionStringAsync($"enterprises_listing_{Guid.NewGuid():N}");
        var options = new DbContextOptionsBuilder<EnterprisesDbContext>().UseNpgsql(connection).Options;
        await using var db = new EnterprisesDbContext(options);
        await db.Database.MigrateAsync(None);
        return options;
    }

    [Fact]
    public async Task The_2024_pyramid_shows_six_new_and_62_listed_the_same_enterprises_as_the_phoenix_row()
    {
        var options = await FreshDatabaseAsync();
        await using (var db = new EnterprisesDbContext(options))
        {
            await Seeder().SeedAsync(db, new SeedFiles(), None);
        }

        await using var check = new EnterprisesDbContext(options);
        var cache = host.Services.GetRequiredService<PyramidCache>();
        await cache.InvalidateAsync();
        var pyramid = (await new GetPyramid(check, host.Services.GetRequiredService<TierCatalogue>(), cache, TimeProvider.System)
            .HandleAsync(2024, None)).Pyramid;
        // The pyramid of this database must not be served to the other tests sharing the Redis.
        await cache.InvalidateAsync();

        var phoenix = pyramid.Tiers.Single(t => t.TierCode == "phoenix");
        Assert.Equal((6, 62), (pyramid.Listed!.NewThisYear, pyramid.Listed.Cumulative));
        Assert.Equal((6, 62), (phoenix.NewThisYear, phoenix.Cumulative));
        Assert.Equal(62, pyramid.Listed.Exchanges.Sum(e => e.Cumulative));
        Assert.Equal(62, pyramid.Listed.Districts.Sum(d => d.Cumulative));

        var listed = await check.Enterprises.AsNoTracking().Where(e => e.ListingExchange != null)
            .Select(e => new { e.CreditCode, e.ListedOn }).ToListAsync(None);
        var certified = await check.TierRecords.AsNoTracking().Where(r => r.TierCode == "phoenix" && r.Status == TierStatus.Certified)
            .Select(r => new { r.CreditCode, r.Year }).ToListAsync(None);
        Assert.Equal(certified.Select(c => c.CreditCode).Order(), listed.Select(l => l.CreditCode.Value).Order());
        Assert.Equal(
            certified.Where(c => c.Year == 2024).Select(c => c.CreditCode).Order(),
            listed.Where(l => l.ListedOn!.Value.Year == 2024).Select(l => l.CreditCode.Value).Order());

        var laibao = await check.Enterprises.AsNoTracking().SingleAsync(e => e.NameZh == "莱宝高科(湖州)", None);
        Assert.Equal(("szse-main", "002106", new DateOnly(2007, 1, 12)), (laibao.ListingExchange, laibao.StockCode, laibao.ListedOn));
    }

    [Fact]
    public async Task Demo_enterprises_registered_before_listings_existed_get_theirs_once_unless_someone_changed_them()
    {
        var options = await FreshDatabaseAsync();
        var seeds = new SeedFiles();
        var demo = seeds.Read<DemoEnterprisesFile>("demo-enterprises.json").Enterprises;
        var tianneng = demo.Single(e => e.NameZh == "天能集团");
        var laibao = demo.Single(e => e.NameZh == "莱宝高科(湖州)");
        var touched = demo.Single(e => e.NameZh == "欧诗漫集团");
        await using (var db = new EnterprisesDbContext(options))
        {
            await db.SeedReferenceDataAsync(seeds, None);
            var reference = await db.LoadRegistryReferenceDataAsync(None);
            db.Enterprises.Add(Enterprise.Register(tianneng.CreditCode, tianneng.Details(), reference, TimeProvider.System));
            // As the earlier demo file had it: founded after its listing, which the registry now refuses.
            db.Enterprises.Add(Enterprise.Register(laibao.CreditCode, laibao.Details() with { FoundedOn = "2021-09-01" }, reference, TimeProvider.System));
            var changedByAPerson = Enterprise.Register(touched.CreditCode, touched.Details(), reference, TimeProvider.System);
            changedByAPerson.Change(1, touched.Details() with { NameEn = "OSM" }, reference, TimeProvider.System);
            db.Enterprises.Add(changedByAPerson);
            await db.SaveChangesAsync(None);
        }

        await using (var db = new EnterprisesDbContext(options))
        {
            await Seeder().SeedAsync(db, seeds, None);
        }

        int outboxAfterFirst;
        await using (var db = new EnterprisesDbContext(options))
        {
            outboxAfterFirst = await db.Set<OutboxMessage>().CountAsync(None);
            await Seeder().SeedAsync(db, seeds, None);
        }

        await using var check = new EnterprisesDbContext(options);
        await host.Services.GetRequiredService<PyramidCache>().InvalidateAsync();
        Assert.Equal(outboxAfterFirst, await check.Set<OutboxMessage>().CountAsync(None));
        var codes = new[] { tianneng, laibao, touched }.Select(e => CreditCode.Parse(e.CreditCode)).ToList();
        var stored = await check.Enterprises.AsNoTracking().Where(e => codes.Contains(e.CreditCode)).ToDictionaryAsync(e => e.NameZh, None);

        Assert.Equal((2, "hkex", "00819"), (stored["天能集团"].Version, stored["天能集团"].ListingExchange, stored["天能集团"].StockCode));
        Assert.Equal(["Registered", "Changed"], stored["天能集团"].History.Select(h => h.Kind));
        Assert.Equal((2, "szse-main", new DateOnly(1992, 6, 1)), (stored["莱宝高科(湖州)"].Version, stored["莱宝高科(湖州)"].ListingExchange, stored["莱宝高科(湖州)"].FoundedOn));
        Assert.Equal((2, false, "OSM"), (stored["欧诗漫集团"].Version, stored["欧诗漫集团"].IsListed, stored["欧诗漫集团"].NameEn));
        var changedEvents = (await check.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType.Contains("EnterpriseChanged")).Select(m => m.Payload).ToListAsync(None));
        Assert.Equal(2, changedEvents.Count);
        // Every demo listing but the one of the enterprise a person had changed.
        Assert.Equal(61, await check.Enterprises.CountAsync(e => e.ListingExchange != null, None));
    }
}
