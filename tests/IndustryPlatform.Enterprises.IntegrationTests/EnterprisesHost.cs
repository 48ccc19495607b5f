using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.UseCases;
using IndustryPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>
/// The Enterprises service as Program.cs builds it (<see cref="ServiceTestHost"/>), on a fresh database of the shared
/// PostgreSQL, with the real RabbitMQ and Redis; plus a listener that records what it publishes and can publish what
/// other services would.
/// </summary>
public sealed class EnterprisesHost(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private ServiceTestHost? _service;
    private EventListener? _listener;

    public IServiceProvider Services => _service!.Services;

    public EventListener Events => _listener!;

    public string DatabaseConnectionString { get; private set; } = "";

    public InfrastructureFixture Infrastructure => infrastructure;

    public MassTransit.IBus ListenerBus => _listener!.Bus;

    public async ValueTask InitializeAsync()
    {
        DatabaseConnectionString = await infrastructure.GetDatabaseConnectionStringAsync($"enterprises_it_{Guid.NewGuid():N}");
        _listener = await EventListener.StartAsync(infrastructure.RabbitMqConnectionString,
            typeof(EnterpriseRegistered), typeof(EnterpriseChanged), typeof(EnterpriseBecameAboveScale),
            typeof(TierCandidateProposed), typeof(TierCertified), typeof(TierRevoked), typeof(TierRecordChanged), typeof(ListingChanged));
        _service = await ServiceTestHost.Build(
                typeof(Extensions),
                builder => builder.AddEnterprisesServices(),
                app => app.MapEnterprisesEndpoints(),
                [
                    new("ConnectionStrings:enterprisesdb", DatabaseConnectionString),
                    new("ConnectionStrings:rabbitmq", infrastructure.RabbitMqConnectionString),
                    new("ConnectionStrings:redis", infrastructure.RedisConnectionString),
                    new(EnterprisesSeeder.DemoDataSetting, "false"),
                ],
                services => services.Configure<OutboxOptions>(o => o.MaxBackoff = TimeSpan.FromSeconds(1)))
            .StartAsync();
    }

    /// <summary>Runs a use case in its own scope, as the platform itself would (no request, so no caller to check).</summary>
    public Task<T> UseAsync<TUseCase, T>(Func<TUseCase, Task<T>> work)
        where TUseCase : notnull => _service!.InScopeAsync(null, work);

    public async ValueTask DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        if (_listener is not null)
        {
            await _listener.DisposeAsync();
        }
    }
}
