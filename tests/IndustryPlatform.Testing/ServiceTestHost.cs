using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.Testing;

/// <summary>
/// One service built the way its Program.cs builds it — ServiceDefaults, then the service's own <c>Add…Services</c> and
/// <c>Map…Endpoints</c> — for its integration tests: Development, the test-signed tokens trusted, Kestrel on free
/// loopback ports, the given settings (connection strings), quiet logs, and the bus started before the tests publish.
/// </summary>
public sealed class ServiceTestHost : IAsyncDisposable
{
    private bool _started;

    private ServiceTestHost(WebApplication app, Uri httpAddress, Uri grpcAddress)
    {
        App = app;
        HttpAddress = httpAddress;
        GrpcAddress = grpcAddress;
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public Uri HttpAddress { get; }

    public Uri GrpcAddress { get; }

    /// <summary>Every endpoint the service maps, from its real endpoint data sources.</summary>
    public IReadOnlyList<Endpoint> Endpoints => [.. ((IEndpointRouteBuilder)App).DataSources.SelectMany(source => source.Endpoints)];

    /// <param name="entryAssembly">A type of the service, naming its application (OpenAPI title, content root).</param>
    /// <param name="configureServices">Runs after the service's own registrations: the place to replace one (a clock).</param>
    public static ServiceTestHost Build(
        Type entryAssembly,
        Action<WebApplicationBuilder> addServices,
        Action<WebApplication> mapEndpoints,
        IEnumerable<KeyValuePair<string, string?>> settings,
        Action<IServiceCollection>? configureServices = null)
    {
        var httpPort = FreePort();
        var grpcPort = FreePort();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ApplicationName = entryAssembly.Assembly.GetName().Name,
        });
        builder.Configuration.AddInMemoryCollection(TestTokens.ServiceSettings);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration["Kestrel:Endpoints:http:Url"] = $"http://127.0.0.1:{httpPort}";
        builder.Configuration["Kestrel:Endpoints:http:Protocols"] = "Http1";
        builder.Configuration["Kestrel:Endpoints:grpc:Url"] = $"http://127.0.0.1:{grpcPort}";
        builder.Configuration["Kestrel:Endpoints:grpc:Protocols"] = "Http2";
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "MassTransit" })
        {
            builder.Configuration[$"Logging:LogLevel:{category}"] = nameof(LogLevel.Error);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();

        builder.AddServiceDefaults();
        addServices(builder);
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            // Tests publish right after start; the queues must be bound by then.
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
        });
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        mapEndpoints(app);
        return new ServiceTestHost(app, new Uri($"http://127.0.0.1:{httpPort}"), new Uri($"http://127.0.0.1:{grpcPort}"));
    }

    public async Task<ServiceTestHost> StartAsync()
    {
        await App.StartAsync();
        _started = true;
        return this;
    }

    /// <summary>REST to the service, with a token of <paramref name="caller"/> (none when null).</summary>
    public HttpClient CreateClient(TestClient? caller)
    {
        var client = new HttpClient { BaseAddress = HttpAddress };
        if (caller is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create(caller));
        }

        return client;
    }

    /// <summary>gRPC (h2c) to the service, with a token of <paramref name="caller"/> on every call.</summary>
    public GrpcChannel CreateGrpcChannel(TestClient caller)
    {
        var token = TestTokens.Create(caller);
        var handler = new BearerTokenHandler(() => Task.FromResult(token), new SocketsHttpHandler());
        return GrpcChannel.ForAddress(GrpcAddress, new GrpcChannelOptions { HttpHandler = handler });
    }

    /// <summary>Runs <paramref name="work"/> in its own scope, as one request of <paramref name="caller"/> would (no request at all when null).</summary>
    public async Task<T> InScopeAsync<TService, T>(TestClient? caller, Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        if (caller is not null)
        {
            scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
            {
                User = TestTokens.Principal(caller),
                RequestServices = scope.ServiceProvider,
            };
        }

        try
        {
            return await work(scope.ServiceProvider.GetRequiredService<TService>());
        }
        finally
        {
            if (caller is not null)
            {
                scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await App.StopAsync();
        }

        await App.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
