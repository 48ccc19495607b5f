using IndustryPlatform.AppHost.Infrastructure.LocalProcesses;
using Microsoft.Extensions.Configuration;

namespace IndustryPlatform.AppHost.Infrastructure;

/// <summary>
/// <c>Infrastructure:Mode</c> as configured, or for Auto: External if its three connection strings are set, else
/// Containers if a container runtime answers, else LocalProcesses if the packages are installed, else stop at once.
/// </summary>
internal static class InfrastructureModeChoice
{
    public const string InstallHint =
        "\n  Fix: install the servers with 'sudo apt-get install postgresql redis-server rabbitmq-server' (or run scripts/install-prerequisites), " +
        "or start a container runtime (docker or podman), or set ConnectionStrings:postgres, ConnectionStrings:rabbitmq and ConnectionStrings:redis.";

    public static (InfrastructureMode Mode, string Reason) Choose(IDistributedApplicationBuilder builder, InfrastructureSettings settings)
    {
        var missingConnectionStrings = ExternalInfrastructure.ConnectionStringNames
            .Where(name => string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(name)))
            .ToList();

        switch (settings.Mode)
        {
            case InfrastructureMode.External when missingConnectionStrings.Count > 0:
                throw new DistributedApplicationException(
                    $"Infrastructure:Mode is External but {string.Join(", ", missingConnectionStrings.Select(n => $"ConnectionStrings:{n}"))} is not set.");
            case not InfrastructureMode.Auto:
                return (settings.Mode, "configured");
        }

        if (missingConnectionStrings.Count == 0)
        {
            return (InfrastructureMode.External, "all three connection strings are configured");
        }

        // Publishing describes containers; there is nothing to probe.
        if (builder.ExecutionContext.IsPublishMode)
        {
            return (InfrastructureMode.Containers, "publish mode");
        }

        var (runtime, why) = ContainerRuntimeProbe.Find(builder.Configuration["ASPIRE_CONTAINER_RUNTIME"]);
        if (runtime is not null)
        {
            return (InfrastructureMode.Containers, why);
        }

        if (LocalBinaries.TryFind(out _, out var missing))
        {
            return (InfrastructureMode.LocalProcesses, $"no container runtime: {why}");
        }

        throw new DistributedApplicationException(
            $"No way to run PostgreSQL, RabbitMQ and Redis: no container runtime ({why}) and no local {string.Join(", ", missing)}.{InstallHint}");
    }
}
