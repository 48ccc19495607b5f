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
        _app = await AppHostRun.StartAsync([], _ => { }, _ => [Gateway], StartTimeout);
    }

    /// <summary>REST client whose base address is the gateway's "http" endpoint.</summary>
    public HttpClient CreateGatewayClient() => App.CreateHttpClient(Gateway, "http");

    /// <summary>gRPC over cleartext HTTP/2 (h2c) to the gateway's "grpc" endpoint.</summary>
    public GrpcChannel CreateGatewayGrpcChannel() => GrpcChannel.ForAddress(App.GetEndpoint(Gateway, "grpc"));

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
