using IndustryPlatform.AppHost.Infrastructure.Processes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.AppHost.Infrastructure.StartUp;

/// <summary>
/// Before anything starts, every port the stack was given rather than chosen (the gateway's published ports, the
/// dashboard's) must be free: if one is not, the start is refused naming the port and the process holding it — most
/// often another stack of the platform, whose traffic this one must never take over.
/// </summary>
internal static class PortsInUse
{
    private static readonly string[] DashboardUrlSettings =
    [
        "ASPNETCORE_URLS",
        "ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL",
        "ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL",
        "ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL",
    ];

    public static void RefuseToStartOnPortsInUse(this IDistributedApplicationBuilder builder)
    {
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            var taken = Given(e).Where(p => !PortHolder.IsFree(p.Port)).ToList();
            if (taken.Count > 0)
            {
                throw new DistributedApplicationException(
                    "ports it needs are taken:" + string.Concat(taken.Select(p => $"\n  {PortHolder.Describe(p.Port)} (wanted for {p.For})")) +
                    "\n  Another stack of the platform (a second checkout, a scripts/run already going) may hold them." +
                    "\n  Fix: stop that process, or give this stack other ports (scripts/run: GATEWAY_HTTP_PORT, GATEWAY_GRPC_PORT, " +
                    "DASHBOARD_PORT; see docs/running-locally.md).");
            }

            return Task.CompletedTask;
        });
    }

    private static IEnumerable<(int Port, string For)> Given(BeforeStartEvent e)
    {
        var configuration = e.Services.GetRequiredService<IConfiguration>();
        // Tests let the orchestrator put proxied endpoints on ports of its own choosing.
        var randomized = configuration.GetValue("DcpPublisher:RandomizePorts", false);
        foreach (var resource in e.Model.Resources)
        {
            if (resource.TryGetEndpoints(out var endpoints))
            {
                foreach (var endpoint in endpoints.Where(x => x.Port is not null && !(x.IsProxied && randomized)))
                {
                    yield return (endpoint.Port!.Value, $"{resource.Name}'s '{endpoint.Name}' endpoint");
                }
            }
        }

        if (e.Services.GetRequiredService<DistributedApplicationOptions>().DisableDashboard)
        {
            yield break;
        }

        foreach (var setting in DashboardUrlSettings)
        {
            foreach (var url in (configuration[setting] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsDefaultPort && uri.Port > 0)
                {
                    yield return (uri.Port, $"the dashboard ({setting})");
                }
            }
        }
    }
}
