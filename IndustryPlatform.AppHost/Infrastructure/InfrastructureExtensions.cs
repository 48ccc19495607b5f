using IndustryPlatform.AppHost.Infrastructure.LocalProcesses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.AppHost.Infrastructure;

public static class InfrastructureExtensions
{
    /// <summary>
    /// Chooses where PostgreSQL, RabbitMQ and Redis come from (<c>Infrastructure:Mode</c>, see docs/running-locally.md)
    /// and refuses at once, with what to install, when none of the ways is available.
    /// </summary>
    public static IPlatformInfrastructure AddInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var settings = InfrastructureSettings.Read(builder);
        var (mode, reason) = InfrastructureModeChoice.Choose(builder, settings);

        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("IndustryPlatform.AppHost.Infrastructure")
                .LogInformation("Infrastructure: {Mode} ({Reason})", mode, reason);
            return Task.CompletedTask;
        });

        if (mode == InfrastructureMode.LocalProcesses)
        {
            var binaries = LocalBinaries.Find();
            var state = StateDirectory.Open(settings);
            builder.EndProcessesWithAppHost(state.Root, afterwards: state.DeleteIfEphemeral);
            return new LocalProcessInfrastructure(builder, binaries, state);
        }

        builder.EndProcessesWithAppHost($"apphost-{Guid.NewGuid():N}");
        return mode == InfrastructureMode.Containers
            ? new ContainerInfrastructure(builder, settings.Ephemeral)
            : new ExternalInfrastructure(builder);
    }
}
