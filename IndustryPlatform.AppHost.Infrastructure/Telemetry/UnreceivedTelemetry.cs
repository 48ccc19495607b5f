using IndustryPlatform.AppHost.Infrastructure.Processes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.AppHost.Infrastructure.Telemetry;

/// <summary>
/// Without a dashboard (tests), Aspire still points the services' OpenTelemetry exporter at an OTLP address where
/// nobody listens; each service then spends some 15 s of every shutdown retrying to send it, longer than the
/// orchestrator waits for a stop. When nothing listens there, the services are not told to export at all.
/// </summary>
internal static class UnreceivedTelemetry
{
    private const string ExporterEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private static readonly string[] ReceiverSettings = ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL", "DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"];

    public static void KeepTelemetryThatNobodyReceives(this IDistributedApplicationBuilder builder)
    {
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            var configuration = e.Services.GetRequiredService<IConfiguration>();
            var receiver = ReceiverSettings.Select(s => configuration[s]).FirstOrDefault(url => url is { Length: > 0 });
            if (!e.Services.GetRequiredService<DistributedApplicationOptions>().DisableDashboard
                || !Uri.TryCreate(receiver, UriKind.Absolute, out var address) || !PortHolder.IsFree(address.Port))
            {
                return Task.CompletedTask;
            }

            foreach (var project in e.Model.Resources.OfType<ProjectResource>())
            {
                // Added last, so it runs after Aspire's own callback that sets the exporter's address.
                project.Annotations.Add(new EnvironmentCallbackAnnotation(context => context.EnvironmentVariables.Remove(ExporterEndpoint)));
            }

            return Task.CompletedTask;
        });
    }
}
