using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.UseCases;
using IndustryPlatform.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>
/// The Enterprises service wired exactly as Program.cs wires it (AddEnterprisesServices), on a fresh database of the
/// shared PostgreSQL, with the real RabbitMQ and Redis; plus a separate listener bus that records what it publishes and
/// can publish what other services would.
/// </summary>
public sealed class EnterprisesHost(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private IHost? _service;
    private IHost? _listener;

    public IServiceProvider Services => _service!.Services;

    public PublishedEvents Events { get; } = new();

    public string DatabaseConnectionString { get; private set; } = "";

    public InfrastructureFixture Infrastructure => infrastructure;

    public IBus ListenerBus => _listener!.Services.GetRequiredService<IBus>();

    public async ValueTask InitializeAsync()
    {
        DatabaseConnectionString = await infrastructure.GetDatabaseConnectionStringAsync($"enterprises_it_{Guid.NewGuid():N}");

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration["ConnectionStrings:enterprisesdb"] = DatabaseConnectionString;
        builder.Configuration["ConnectionStrings:rabbitmq"] = infrastructure.RabbitMqConnectionString;
        builder.Configuration["ConnectionStrings:redis"] = infrastructure.RedisConnectionString;
        builder.Configuration[EnterprisesSeeder.DemoDataSetting] = "false";
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Error);
        builder.AddEnterprisesServices();
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.Configure<OutboxOptions>(o => o.MaxBackoff = TimeSpan.FromSeconds(1));
        _service = builder.Build();

        var listener = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        listener.Logging.ClearProviders();
        listener.Services.AddSingleton(Events);
        listener.Services.AddMassTransit(bus =>
        {
            bus.AddConsumer<Recorder<EnterpriseRegistered>>();
            bus.AddConsumer<Recorder<EnterpriseChanged>>();
            bus.AddConsumer<Recorder<EnterpriseBecameAboveScale>>();
            bus.AddConsumer<Recorder<TierCandidateProposed>>();
            bus.AddConsumer<Recorder<TierCertified>>();
            bus.AddConsumer<Recorder<TierRevoked>>();
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(new Uri(infrastructure.RabbitMqConnectionString));
                cfg.ReceiveEndpoint($"enterprises-it-listener-{Guid.NewGuid():N}", endpoint =>
                {
                    endpoint.AutoDelete = true;
                    endpoint.Durable = false;
                    endpoint.ConfigureConsumers(context);
                });
            });
        });
        listener.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        _listener = listener.Build();

        await _listener.StartAsync();
        await _service.StartAsync();
    }

    public async Task<T> UseAsync<TUseCase, T>(Func<TUseCase, Task<T>> work)
        where TUseCase : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    public async ValueTask DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.StopAsync();
            _service.Dispose();
        }

        if (_listener is not null)
        {
            await _listener.StopAsync();
            _listener.Dispose();
        }
    }
}
