using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Projects.Events;
using IndustryPlatform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryPlatform.Projects.Tests.Integration;

/// <summary>
/// The Projects service as Program.cs builds it (<see cref="ServiceTestHost"/>), on a fresh database, with a fixed clock
/// and a listener that sees what reaches RabbitMQ. The Enterprises service is not running: its address answers
/// nothing. The daily light review is left out: the tests run the review themselves when the clock has moved.
/// </summary>
public sealed class ProjectsHost : IAsyncDisposable
{
    private readonly ServiceTestHost _service;

    private ProjectsHost(ServiceTestHost service, EventListener events, string connectionString)
    {
        _service = service;
        Events = events;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public FixedClock Clock => (FixedClock)_service.Services.GetRequiredService<TimeProvider>();

    public EventListener Events { get; }

    public static async Task<ProjectsHost> StartAsync(InfrastructureFixture infrastructure, string database, DateOnly today, bool seedDemo = false, bool fresh = true)
    {
        var connectionString = await infrastructure.GetDatabaseConnectionStringAsync(database);
        if (fresh)
        {
            await using var db = new ProjectsDbContext(new DbContextOptionsBuilder<ProjectsDbContext>().UseNpgsql(connectionString).Options);
            await db.Database.EnsureDeletedAsync();
        }

        var events = await EventListener.StartAsync(infrastructure.RabbitMqConnectionString,
            typeof(ProjectRegistered), typeof(ProjectStageAdvanced), typeof(ProjectLightChanged), typeof(ProjectFactsChanged));
        var service = await ServiceTestHost.Build(
                typeof(Extensions),
                builder => builder.AddProjectsServices(),
                app => app.MapProjectsEndpoints(),
                [
                    new("ConnectionStrings:projectsdb", connectionString),
                    new("ConnectionStrings:rabbitmq", infrastructure.RabbitMqConnectionString),
                    new(ProjectsSeeder.DemoPortfolioSetting, seedDemo ? "true" : "false"),
                    // Where service discovery finds Enterprises' gRPC endpoint: a port where nothing listens.
                    new("Services:enterprises:grpc:0", "http://127.0.0.1:9"),
                ],
                services =>
                {
                    services.AddSingleton<TimeProvider>(FixedClock.At(today));
                    var review = services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(DailyLightReview));
                    services.Remove(review);
                })
            .StartAsync();
        return new ProjectsHost(service, events, connectionString);
    }

    /// <summary>Runs a use case in its own scope, as one request would, with <paramref name="clientId"/> (a city client) as the caller.</summary>
    public Task<T> CallAsync<TUseCase, T>(Func<TUseCase, Task<T>> call, string clientId = "integration-test") where TUseCase : notnull =>
        CallAsAsync(new TestClient(clientId, "huzhou", ["read", "submit"]), call);

    /// <summary>Runs a use case in its own scope, as a request whose access token names <paramref name="client"/> would.</summary>
    public Task<T> CallAsAsync<TUseCase, T>(TestClient client, Func<TUseCase, Task<T>> call) where TUseCase : notnull =>
        _service.InScopeAsync(client, call);

    /// <summary>REST to the service with a token of <paramref name="caller"/>.</summary>
    public HttpClient CreateClient(TestClient caller) => _service.CreateClient(caller);

    /// <summary>gRPC to the service with a token of <paramref name="caller"/>.</summary>
    public global::Grpc.Net.Client.GrpcChannel CreateGrpcChannel(TestClient caller) => _service.CreateGrpcChannel(caller);

    public Task<T> InDatabaseAsync<T>(Func<ProjectsDbContext, Task<T>> work) => _service.InScopeAsync(null, work);

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
        await _service.DisposeAsync();
        await Events.DisposeAsync();
    }
}
