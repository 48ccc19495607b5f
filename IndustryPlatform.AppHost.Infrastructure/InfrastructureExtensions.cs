using IndustryPlatform.AppHost.Infrastructure.LocalProcesses;
using IndustryPlatform.AppHost.Infrastructure.Processes;
using IndustryPlatform.AppHost.Infrastructure.StartUp;
using IndustryPlatform.AppHost.Infrastructure.Supervision;
using IndustryPlatform.AppHost.Infrastructure.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.AppHost.Infrastructure;

public static class InfrastructureExtensions
{
    /// <summary>
    /// Chooses where PostgreSQL, RabbitMQ and Redis come from (<c>Infrastructure:Mode</c>, see docs/running-locally.md)
    /// and refuses at once, with what to install, when none of the ways is available. Whatever the mode, a process that
    /// dies after it was healthy is started again, a start that cannot succeed stops the AppHost with the reason, and
    /// ports given to the stack must be free.
    /// </summary>
    public static IPlatformInfrastructure AddInfrastructure(this IDistributedApplicationBuilder builder)
    {
        StartRefusal.ExplainRefusalsPlainly();
        var settings = InfrastructureSettings.Read(builder);
        var (mode, reason) = InfrastructureModeChoice.Choose(builder, settings);

        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("IndustryPlatform.AppHost.Infrastructure")
                .LogInformation("Infrastructure: {Mode} ({Reason})", mode, reason);
            return Task.CompletedTask;
        });

        if (builder.ExecutionContext.IsRunMode)
        {
            builder.WatchResources();
            builder.RefuseToStartOnPortsInUse();
            builder.KeepTelemetryThatNobodyReceives();
        }

        if (mode == InfrastructureMode.LocalProcesses)
        {
            var binaries = LocalBinaries.Find();
            var state = StateDirectory.Open(settings);
            // The servers' own helpers (PostgreSQL's workers, epmd, beam.smp) are found through /proc.
            if (OperatingSystem.IsLinux())
            {
                builder.EndProcessesWithAppHost(state.Root, afterwards: state.DeleteIfEphemeral);
            }

            return new LocalProcessInfrastructure(builder, binaries, state);
        }

        return mode == InfrastructureMode.Containers
            ? new ContainerInfrastructure(builder, settings.Ephemeral)
            : new ExternalInfrastructure(builder);
    }

    /// <summary>
    /// The supervisor and the start-up guard watch from before the first resource starts: hosted services would only
    /// start once the orchestrator has created every resource, which a server that fails at once can hold up for ever.
    /// </summary>
    private static void WatchResources(this IDistributedApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ProcessSupervisor>();
        builder.Services.AddSingleton<StartFailureGuard>();
        builder.Eventing.Subscribe<BeforeStartEvent>((e, cancellationToken) =>
        {
            var supervisor = e.Services.GetRequiredService<ProcessSupervisor>();
            _ = supervisor.WatchAsync();
            _ = supervisor.FindVanishedProcessesAsync();
            _ = e.Services.GetRequiredService<StartFailureGuard>().WatchAsync();
            return Task.CompletedTask;
        });
    }
}
