using System.Net;
using System.Net.Sockets;
using IndustryPlatform.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.Indicators.Tests.Support;

/// <summary>
/// The Indicators service wired exactly as Program.cs wires it, on real Kestrel ports, against the real PostgreSQL,
/// RabbitMQ and Redis the AppHost starts (InfrastructureFixture), with a throw-away database.
/// </summary>
public sealed class IndicatorsService : IAsyncLifetime
{
    private readonly InfrastructureFixture _infrastructure = new();
    private WebApplication? _app;

    public Uri HttpAddress { get; private set; } = null!;

    public Uri GrpcAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public ConsumedMessages Consumed { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await _infrastructure.InitializeAsync();
        var database = await _infrastructure.GetDatabaseConnectionStringAsync($"indicators_it_{Guid.NewGuid():N}"[..30]);

        var httpPort = FreePort();
        var grpcPort = FreePort();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ApplicationName = typeof(Extensions).Assembly.GetName().Name,
        });
        builder.Configuration["ConnectionStrings:indicatorsdb"] = database;
        builder.Configuration["ConnectionStrings:rabbitmq"] = _infrastructure.RabbitMqConnectionString;
        builder.Configuration["ConnectionStrings:redis"] = _infrastructure.RedisConnectionString;
        builder.Configuration.AddInMemoryCollection(TestTokens.ServiceSettings);
        builder.Configuration["Kestrel:Endpoints:http:Url"] = $"http://127.0.0.1:{httpPort}";
        builder.Configuration["Kestrel:Endpoints:http:Protocols"] = "Http1";
        builder.Configuration["Kestrel:Endpoints:grpc:Url"] = $"http://127.0.0.1:{grpcPort}";
        builder.Configuration["Kestrel:Endpoints:grpc:Protocols"] = "Http2";
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddServiceDefaults();
        builder.AddIndicatorsServices();
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            // Tests publish right after start; the queues must be bound by then.
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
        });

        _app = builder.Build();
        _app.MapDefaultEndpoints();
        _app.MapIndicatorsEndpoints();
        await _app.StartAsync();
        _app.Services.GetRequiredService<IBus>().ConnectConsumeObserver(Consumed);

        HttpAddress = new Uri($"http://127.0.0.1:{httpPort}");
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
    }

    /// <summary>A client sending a token of the city bureau ("city-bureau") or of a district (its code).</summary>
    public HttpClient CreateClient(string clientId)
    {
        var caller = clientId == TestTokens.City.ClientId ? TestTokens.City : TestTokens.District(clientId);
        var client = new HttpClient { BaseAddress = HttpAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create(caller));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await _infrastructure.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
