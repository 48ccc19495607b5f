using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Testing;
using MassTransit;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.Projects.Tests.Integration;

/// <summary>
/// The Projects service as Extensions wires it (database with migrations and seeds, outbox relay, use cases), hosted
/// in the test on a fresh database, with a fixed clock and a consumer that sees what reaches RabbitMQ. The Enterprises
/// service is not running: its address answers nothing.
/// </summary>
public sealed class ProjectsHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ProjectsHost(IHost host, string connectionString)
    {
        _host = host;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public FixedClock Clock => (FixedClock)_host.Services.GetRequiredService<TimeProvider>();

    public ObservedEvents Events => _host.Services.GetRequiredService<ObservedEvents>();

    public static async Task<ProjectsHost> StartAsync(InfrastructureFixture infrastructure, string database, DateOnly today, bool seedDemo = false, bool fresh = true)
    {
        var connectionString = await infrastructure.GetDatabaseConnectionStringAsync(database);
        if (fresh)
        {
            await using var db = new ProjectsDbContext(new DbContextOptionsBuilder<ProjectsDbContext>().UseNpgsql(connectionString).Options);
            await db.Database.EnsureDeletedAsync();
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration["ConnectionStrings:projectsdb"] = connectionString;
        builder.Configuration["ConnectionStrings:rabbitmq"] = infrastructure.RabbitMqConnectionString;
        builder.Configuration[ProjectsSeeder.DemoPortfolioSetting] = seedDemo ? "true" : "false";
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Error);

        builder.Services.AddSingleton<TimeProvider>(FixedClock.At(today));
        builder.Services.AddSingleton<ObservedEvents>();
        builder.AddServiceDbContext<ProjectsDbContext>("projectsdb");
        builder.Services.AddMigrationAndSeed<ProjectsDbContext, ProjectsSeeder>();
        builder.AddMessaging<ProjectsDbContext>($"projects-it-{database}", consumers => consumers.AddConsumer<ObservingConsumer>());
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
        });
        builder.Services.AddGrpcClient<EnterpriseRegistry.EnterpriseRegistryClient>(o => o.Address = new Uri("http://127.0.0.1:9"));
        builder.Services.AddProjectsUseCases();

        var host = builder.Build();
        await host.StartAsync();
        return new ProjectsHost(host, connectionString);
    }

    /// <summary>Runs a use case in its own scope, as one request would, with <paramref name="clientId"/> (a city client) as the caller.</summary>
    public Task<T> CallAsync<TUseCase, T>(Func<TUseCase, Task<T>> call, string clientId = "integration-test") where TUseCase : notnull =>
        CallAsAsync(new TestClient(clientId, "huzhou", ["read", "submit"]), call);

    /// <summary>Runs a use case in its own scope, as a request whose access token names <paramref name="client"/> would.</summary>
    public async Task<T> CallAsAsync<TUseCase, T>(TestClient client, Func<TUseCase, Task<T>> call) where TUseCase : notnull
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { User = TestTokens.Principal(client) };
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        return await call(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    public async Task<T> InDatabaseAsync<T>(Func<ProjectsDbContext, Task<T>> work)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProjectsDbContext>());
    }

    /// <summary>As if Enterprises' EnterpriseRegistered had arrived.</summary>
    public Task AddKnownEnterpriseAsync(string creditCode, string district = "changxing", string chain = "nev") =>
        InDatabaseAsync(async db =>
        {
            await db.ApplyEnterpriseSnapshotAsync(
                new EnterpriseSnapshot(creditCode, "湖州测试企业", null, district, "C3670", chain, 1), DateTimeOffset.UtcNow, CancellationToken.None);
            return await db.SaveChangesAsync();
        });

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
