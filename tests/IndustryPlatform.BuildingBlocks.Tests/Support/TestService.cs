using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.BuildingBlocks.Tests.Support;

/// <summary>A service process as the real ones wire it (AddServiceDbContext + AddMessaging), hosted inside the test.</summary>
public sealed class TestService : IAsyncDisposable
{
    private readonly IHost _host;

    private TestService(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public Deliveries Deliveries => Services.GetRequiredService<Deliveries>();

    public static async Task<TestService> StartAsync(
        string serviceName,
        string databaseConnectionString,
        string rabbitMqConnectionString,
        Action<IBusRegistrationConfigurator> consumers,
        Action<OutboxOptions>? outbox = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration["ConnectionStrings:testdb"] = databaseConnectionString;
        builder.Configuration["ConnectionStrings:rabbitmq"] = rabbitMqConnectionString;
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Error);
        builder.Services.AddSingleton<Deliveries>();
        builder.AddServiceDbContext<TestDbContext>("testdb");
        builder.AddMessaging<TestDbContext>(serviceName, consumers);
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            // Tests publish right after start; the queues must be bound by then.
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
        });
        builder.Services.Configure<OutboxOptions>(options =>
        {
            options.PublishTimeout = TimeSpan.FromSeconds(3);
            options.MaxBackoff = TimeSpan.FromSeconds(2);
            outbox?.Invoke(options);
        });

        var host = builder.Build();
        await host.StartAsync();
        return new TestService(host);
    }

    public async Task<T> InScopeAsync<T>(Func<TestDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task InScopeAsync(Func<TestDbContext, Task> work) => InScopeAsync(async db =>
    {
        await work(db);
        return true;
    });

    public async Task<OutboxMessage> OutboxRowAsync(Guid id) =>
        await InScopeAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));

    public async Task<OutboxMessage> WaitForOutboxRowAsync(Guid id, Func<OutboxMessage, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var row = await OutboxRowAsync(id);
            if (condition(row))
            {
                return row;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Outbox row {id} did not reach the expected state: attempts {row.Attempts}, published {row.PublishedAt}, error {row.LastError}");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
