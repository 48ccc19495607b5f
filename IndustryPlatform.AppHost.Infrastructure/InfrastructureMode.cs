namespace IndustryPlatform.AppHost.Infrastructure;

/// <summary>Where PostgreSQL, RabbitMQ and Redis come from (configuration key <c>Infrastructure:Mode</c>).</summary>
public enum InfrastructureMode
{
    /// <summary>External if its connection strings are configured, else Containers if a runtime answers, else LocalProcesses.</summary>
    Auto,

    /// <summary>The standard Aspire container integrations, with data volumes.</summary>
    Containers,

    /// <summary>The distribution's own server binaries, started by the AppHost as executables.</summary>
    LocalProcesses,

    /// <summary>Servers run elsewhere, reached through <c>ConnectionStrings:postgres|rabbitmq|redis</c>.</summary>
    External,
}
