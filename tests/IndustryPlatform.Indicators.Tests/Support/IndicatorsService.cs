using Grpc.Net.Client;
using IndustryPlatform.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.Indicators.Tests.Support;

/// <summary>
/// The Indicators service as Program.cs builds it (<see cref="ServiceTestHost"/>), on real Kestrel ports, against the
/// real PostgreSQL, RabbitMQ and Redis the AppHost starts (InfrastructureFixture), with a throw-away database.
/// </summary>
public sealed class IndicatorsService : IAsyncLifetime
{
    private readonly InfrastructureFixture _infrastructure = new();
    private ServiceTestHost? _service;

    public Uri HttpAddress => _service!.HttpAddress;

    public Uri GrpcAddress => _service!.GrpcAddress;

    public IServiceProvider Services => _service!.Services;

    public ConsumedMessages Consumed { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await _infrastructure.InitializeAsync();
        var database = await _infrastructure.GetDatabaseConnectionStringAsync($"indicators_it_{Guid.NewGuid():N}"[..30]);
        _service = await ServiceTestHost.Build(
                typeof(Extensions),
                builder => builder.AddIndicatorsServices(),
                app => app.MapIndicatorsEndpoints(),
                [
                    new("ConnectionStrings:indicatorsdb", database),
                    new("ConnectionStrings:rabbitmq", _infrastructure.RabbitMqConnectionString),
                    new("ConnectionStrings:redis", _infrastructure.RedisConnectionString),
                ])
            .StartAsync();
        _service.Services.GetRequiredService<IBus>().ConnectConsumeObserver(Consumed);
    }

    /// <summary>A client sending a token of the city bureau ("city-bureau") or of a district (its code).</summary>
    public HttpClient CreateClient(string clientId) =>
        _service!.CreateClient(clientId == TestTokens.City.ClientId ? TestTokens.City : TestTokens.District(clientId));

    /// <summary>A client with a token of any shape (a district with the admin role, say).</summary>
    public HttpClient CreateClient(TestClient client) => _service!.CreateClient(client);

    public GrpcChannel CreateGrpcChannel(TestClient client) => _service!.CreateGrpcChannel(client);

    public async ValueTask DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        await _infrastructure.DisposeAsync();
    }
}
