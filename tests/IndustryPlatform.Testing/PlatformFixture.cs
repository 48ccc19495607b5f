using System.Collections.Concurrent;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Grpc.Net.Client;
using Xunit;

namespace IndustryPlatform.Testing;

/// <summary>Boots the whole AppHost (servers and services, throw-away state); ready when the gateway is healthy.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public const string Gateway = "gateway";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The platform is not started.");

    public async ValueTask InitializeAsync()
    {
        _app = await AppHostRun.StartAsync([], TestGatewayClients.Register, _ => [Gateway], StartTimeout);
    }

    /// <summary>A development client of seeds/clients.development.json: the city bureau, with every role.</summary>
    public const string CityBureau = "city-bureau";

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new(StringComparer.Ordinal);

    public Uri GatewayAddress => App.GetEndpoint(Gateway, "http");

    /// <summary>REST client to the gateway's "http" endpoint, sending an access token of <paramref name="clientId"/>.</summary>
    public HttpClient CreateGatewayClient(string clientId = CityBureau) =>
        new(new BearerTokenHandler(() => GetAccessTokenAsync(clientId), new SocketsHttpHandler())) { BaseAddress = GatewayAddress };

    /// <summary>
    /// REST client straight to a service's "http" endpoint, bypassing the gateway (as a request that slipped past it
    /// would), with a gateway-issued token of <paramref name="clientId"/> or none.
    /// </summary>
    public HttpClient CreateDirectServiceClient(string service, string? clientId)
    {
        var address = App.GetEndpoint(service, "http");
        return clientId is null
            ? new HttpClient { BaseAddress = address }
            : new HttpClient(new BearerTokenHandler(() => GetAccessTokenAsync(clientId), new SocketsHttpHandler())) { BaseAddress = address };
    }

    /// <summary>REST client to the gateway without any token.</summary>
    public HttpClient CreateAnonymousGatewayClient() => new() { BaseAddress = GatewayAddress };

    /// <summary>gRPC over cleartext HTTP/2 (h2c) to the gateway's "grpc" endpoint, sending an access token of <paramref name="clientId"/>.</summary>
    public GrpcChannel CreateGatewayGrpcChannel(string clientId = CityBureau) =>
        GrpcChannel.ForAddress(App.GetEndpoint(Gateway, "grpc"), new GrpcChannelOptions
        {
            HttpHandler = new BearerTokenHandler(() => GetAccessTokenAsync(clientId), new SocketsHttpHandler()),
        });

    /// <summary>A token from the gateway's /connect/token for a development client (secret "dev-secret-" + id), cached per client;
    /// a failed request is not kept, so the next call asks again (the gateway may just have been restarting).</summary>
    public async Task<string> GetAccessTokenAsync(string clientId)
    {
        var token = _tokens.GetOrAdd(clientId, id => new Lazy<Task<string>>(() => RequestTokenAsync(id, DevelopmentSecret(id))));
        try
        {
            return await token.Value;
        }
        catch
        {
            _tokens.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(clientId, token));
            throw;
        }
    }

    public static string DevelopmentSecret(string clientId) => $"dev-secret-{clientId}";

    public async Task<string> RequestTokenAsync(string clientId, string secret)
    {
        using var client = CreateAnonymousGatewayClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"No token for '{clientId}': {(int)response.StatusCode} {body}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public async Task<string> GetConnectionStringAsync(string resourceName) =>
        await App.GetConnectionStringAsync(resourceName)
        ?? throw new InvalidOperationException($"'{resourceName}' has no connection string.");

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await AppHostRun.StopAsync(_app);
        }
    }
}
