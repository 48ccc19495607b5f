using IndustryPlatform.AppHost.Infrastructure.LocalProcesses;
using Microsoft.Extensions.Configuration;

namespace IndustryPlatform.AppHost;

/// <summary>
/// Each service answers REST, <c>/health</c> and <c>/alive</c> on its "http" endpoint (HTTP/1.1) and gRPC on "grpc"
/// (HTTP/2 without TLS), as its appsettings.json declares; the AppHost gives each a port chosen free at this start, so
/// two stacks on one machine never share one. Only the gateway has published ports (<c>Gateway:HttpPort</c>,
/// <c>Gateway:GrpcPort</c>: 5080 and 5081 unless configured; free ones in tests), which must be free when the stack
/// starts. The endpoints are not proxied by the orchestrator: a service that is down refuses connections at once,
/// where a proxy would keep its callers waiting.
/// </summary>
internal static class ServiceEndpoints
{
    public const string Http = "http";
    public const string Grpc = "grpc";

    public static IResourceBuilder<ProjectResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, int? httpPort = null, int? grpcPort = null)
        where TProject : IProjectMetadata, new()
    {
        var ports = new Dictionary<string, int> { [Http] = httpPort ?? FreePort.Pick(), [Grpc] = grpcPort ?? FreePort.Pick() };
        var service = builder.AddProject<TProject>(name)
            .WithHttpEndpoint(name: Http, port: ports[Http], targetPort: ports[Http], isProxied: false)
            .WithHttpEndpoint(name: Grpc, port: ports[Grpc], targetPort: ports[Grpc], isProxied: false)
            .WithEndpoint(Grpc, endpoint => endpoint.Transport = "http2")
            .WithEnvironment(context =>
            {
                // Kestrel's endpoint configuration (with its protocols) takes the URLs; the generic ASPNETCORE_URLS would only be overridden.
                context.EnvironmentVariables.Remove("ASPNETCORE_URLS");
                foreach (var (endpoint, port) in ports)
                {
                    context.EnvironmentVariables[$"Kestrel__Endpoints__{endpoint}__Url"] = $"http://localhost:{port}";
                }
            });
        return service.WithHttpHealthCheck("/health", endpointName: Http);
    }

    /// <summary>The gateway's published ports, or none (free ones) when the orchestrator randomises ports, as in tests.</summary>
    public static (int? Http, int? Grpc) GatewayPorts(this IDistributedApplicationBuilder builder) =>
        builder.Configuration.GetValue("DcpPublisher:RandomizePorts", false)
            ? (null, null)
            : (builder.Configuration.GetValue("Gateway:HttpPort", 5080), builder.Configuration.GetValue("Gateway:GrpcPort", 5081));
}
