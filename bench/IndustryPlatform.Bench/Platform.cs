using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.Bench;

/// <summary>
/// The whole AppHost booted in this process with throw-away state (as the end-to-end fixture does), with the gateway's
/// rate limit raised so the load is not refused; tokens of the development client "city-bureau".
/// </summary>
public sealed class Platform : IAsyncDisposable
{
    public static readonly string[] Services = ["enterprises", "projects", "indicators", "gateway"];

    private readonly DistributedApplication _app;
    private string? _token;
    private DateTime _tokenAt;

    private Platform(DistributedApplication app, TimeSpan startUp)
    {
        _app = app;
        StartUp = startUp;
    }

    /// <summary>From building the AppHost to every service healthy.</summary>
    public TimeSpan StartUp { get; }

    public static async Task<Platform> StartAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var clock = Stopwatch.StartNew();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.IndustryPlatform_AppHost>(
            ["--Infrastructure:Ephemeral=true"], deadline.Token);
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical)
            .AddFilter("IndustryPlatform.AppHost.Resources", LogLevel.None) // the servers' own output
            .AddFilter("Aspire.Hosting", LogLevel.Error));
        builder.CreateResourceBuilder<ProjectResource>("gateway")
            .WithEnvironment("Limits__PermitsPerWindow", "100000000");
        // Per-request logs would measure the console, not the platform.
        foreach (var service in Services)
        {
            builder.CreateResourceBuilder<ProjectResource>(service)
                .WithEnvironment("Logging__LogLevel__Default", "Warning");
        }

        var app = await builder.BuildAsync(deadline.Token);
        await app.StartAsync(deadline.Token);
        await Task.WhenAll(Services.Select(name => app.ResourceNotifications.WaitForResourceHealthyAsync(
            name, WaitBehavior.StopOnResourceUnavailable, deadline.Token)));
        clock.Stop();
        return new Platform(app, clock.Elapsed);
    }

    public Uri Endpoint(string resource, string endpoint = "http") => _app.GetEndpoint(resource, endpoint);

    public async Task<string> ConnectionStringAsync(string resource) =>
        await _app.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"'{resource}' has no connection string.");

    /// <summary>A city-bureau token, renewed after four minutes (they live ten).</summary>
    public async Task<string> TokenAsync()
    {
        if (_token is not null && DateTime.UtcNow - _tokenAt < TimeSpan.FromMinutes(4))
        {
            return _token;
        }

        using var client = new HttpClient { BaseAddress = Endpoint("gateway") };
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "city-bureau",
            ["client_secret"] = "dev-secret-city-bureau",
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"No token: {(int)response.StatusCode} {body}");
        }

        using var json = JsonDocument.Parse(body);
        _token = json.RootElement.GetProperty("access_token").GetString()!;
        _tokenAt = DateTime.UtcNow;
        return _token;
    }

    /// <summary>An HttpClient to <paramref name="address"/> with a pool wide enough for the load and the current token.</summary>
    public async Task<HttpClient> ClientAsync(Uri address, int connections = 64)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            UseProxy = false,
        })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(100),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await _app.StopAsync(deadline.Token);
        }
        finally
        {
            await _app.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(90));
        }
    }
}
