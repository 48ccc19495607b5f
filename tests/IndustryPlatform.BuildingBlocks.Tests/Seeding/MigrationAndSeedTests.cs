using System.Text.Json;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Tests.Support;
using IndustryPlatform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IndustryPlatform.BuildingBlocks.Tests.Seeding;

/// <summary>AddMigrationAndSeed: schema and reference data are in place before anything else in the process starts.</summary>
public sealed class MigrationAndSeedTests(InfrastructureFixture infrastructure)
{
    private static readonly int RegionsInSeedFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "regions.json")))
        .RootElement.GetProperty("regions").GetArrayLength();

    [Fact]
    public async Task The_database_is_migrated_and_seeded_before_the_next_hosted_service_starts_and_a_restart_adds_nothing()
    {
        var connectionString = await FreshDatabaseAsync("bb_seeded");

        var seenAtStart = new SchemaProbe();
        using (var first = Build(connectionString, seenAtStart))
        {
            await first.StartAsync(TestContext.Current.CancellationToken);
            await first.StopAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(RegionsInSeedFile, seenAtStart.RegionCount);
        Assert.True(RegionsInSeedFile >= 18);

        using (var second = Build(connectionString, new SchemaProbe()))
        {
            await second.StartAsync(TestContext.Current.CancellationToken);
            await second.StopAsync(TestContext.Current.CancellationToken);
        }

        await using var db = Open(connectionString);
        Assert.Equal(RegionsInSeedFile, await db.Regions.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal("湖州市", (await db.Regions.SingleAsync(r => r.Code == "huzhou", TestContext.Current.CancellationToken)).NameZh);
        Assert.Equal(["20261128033310_Initial", "20261202003524_SnakeCaseNamingConvention"], await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_start_waits_until_PostgreSQL_answers()
    {
        var real = new NpgsqlConnectionStringBuilder(await FreshDatabaseAsync("bb_seeded_late"));
        var port = LateTcpProxy.FreePort();
        await using var proxy = new LateTcpProxy(port, real.Host!, real.Port);
        var late = new NpgsqlConnectionStringBuilder(real.ConnectionString) { Host = "127.0.0.1", Port = port, Timeout = 2 }.ConnectionString;

        using var host = Build(late, new SchemaProbe());
        var starting = host.StartAsync(TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.False(starting.IsCompleted, "the host started although PostgreSQL could not be reached");

        proxy.Open();
        await starting.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        await using var db = Open(real.ConnectionString);
        Assert.Equal(RegionsInSeedFile, await db.Regions.CountAsync(TestContext.Current.CancellationToken));
    }

    private async Task<string> FreshDatabaseAsync(string name)
    {
        var connectionString = await infrastructure.GetDatabaseConnectionStringAsync(name);
        await using var db = Open(connectionString);
        await db.Database.EnsureDeletedAsync(TestContext.Current.CancellationToken);
        return connectionString;
    }

    private static SeededDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<SeededDbContext>().UseNpgsql(connectionString).Options);

    private static IHost Build(string connectionString, SchemaProbe probe)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:seeded"] = connectionString;
        builder.Logging.ClearProviders();
        // Registered first on purpose: AddMigrationAndSeed still goes ahead of it.
        builder.Services.AddSingleton(probe);
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SchemaProbe>().Bind(sp));
        builder.AddServiceDbContext<SeededDbContext>("seeded");
        builder.Services.AddMigrationAndSeed<SeededDbContext, RegionSeeder>();
        return builder.Build();
    }

    /// <summary>A hosted service that looks at the regions table the moment it is started.</summary>
    private sealed class SchemaProbe : IHostedService
    {
        private IServiceProvider? _services;

        public int? RegionCount { get; private set; }

        public SchemaProbe Bind(IServiceProvider services)
        {
            _services = services;
            return this;
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = _services!.CreateAsyncScope();
            RegionCount = await scope.ServiceProvider.GetRequiredService<SeededDbContext>().Regions.CountAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
