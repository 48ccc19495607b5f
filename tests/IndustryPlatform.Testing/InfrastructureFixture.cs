using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using IndustryPlatform.AppHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace IndustryPlatform.Testing;

/// <summary>
/// Boots the real AppHost with every service removed, so that only its servers run: PostgreSQL (with the platform's
/// databases), RabbitMQ (with its epmd) and Redis, on throw-away state. Ready when all of them are healthy.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    public const string Postgres = "postgres";
    public const string RabbitMq = "rabbitmq";
    public const string Redis = "redis";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan BrokerTimeout = TimeSpan.FromMinutes(1);

    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The infrastructure is not started.");

    /// <summary>More AppHost arguments, e.g. <c>--Infrastructure:Mode=External</c> with its connection strings.</summary>
    public IReadOnlyList<string> AppHostArguments { get; init; } = [];

    /// <summary><c>amqp://user:password@host:port</c></summary>
    public string RabbitMqConnectionString { get; private set; } = "";

    /// <summary>StackExchange.Redis configuration: <c>host:port,password=…</c></summary>
    public string RedisConnectionString { get; private set; } = "";

    /// <summary>The servers' throw-away state folder when they run as local processes; null for containers or external servers.</summary>
    public string? StateDirectory { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _app = await AppHostRun.StartAsync(
            AppHostArguments,
            builder =>
            {
                // The services, and what Aspire adds for each of them (its hidden "-rebuilder").
                var services = builder.Resources.OfType<ProjectResource>().ToHashSet<IResource>();
                foreach (var resource in builder.Resources
                    .Where(r => services.Contains(r) || (r is IResourceWithParent child && services.Contains(child.Parent)))
                    .ToList())
                {
                    builder.Resources.Remove(resource);
                }
            },
            model => model.Resources.Where(r => r is not ParameterResource).Select(r => r.Name),
            StartTimeout);

        RabbitMqConnectionString = await ConnectionStringAsync(RabbitMq);
        RedisConnectionString = await ConnectionStringAsync(Redis);
        StateDirectory = App.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .OfType<ExecutableResource>()
            .Where(r => r.Name == Postgres)
            .Select(r => Path.GetDirectoryName(r.WorkingDirectory))
            .FirstOrDefault();
    }

    /// <summary>A connection string for <paramref name="database"/>, created first if it does not exist (tests may ask for fresh names).</summary>
    public async Task<string> GetDatabaseConnectionStringAsync(string database)
    {
        var server = await ConnectionStringAsync(Postgres);
        await PostgresDatabases.CreateMissingAsync(server, [database], CancellationToken.None);
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    /// <summary>Really stops the broker process; returns once the orchestrator has seen it exit.</summary>
    public async Task StopRabbitMqAsync()
    {
        using var deadline = new CancellationTokenSource(BrokerTimeout);
        await CommandAsync(KnownResourceCommands.StopCommand, deadline.Token);
        await App.ResourceNotifications.WaitForResourceAsync(
            RabbitMq, e => e.Snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state), deadline.Token);
    }

    /// <summary>Starts the broker again (same port, same data) and returns once it answers AMQP again.</summary>
    public async Task StartRabbitMqAsync()
    {
        using var deadline = new CancellationTokenSource(BrokerTimeout);
        var requested = DateTime.UtcNow;
        await CommandAsync(KnownResourceCommands.StartCommand, deadline.Token);
        // Health reports from before the stop must not count: wait for a check that ran after the start.
        await App.ResourceNotifications.WaitForResourceAsync(RabbitMq, e =>
            e.Snapshot.State?.Text == KnownResourceStates.Running
            && e.Snapshot.HealthReports.Length > 0
            && e.Snapshot.HealthReports.All(h => h.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy && h.LastRunAt > requested),
            deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await AppHostRun.StopAsync(_app);
        }
    }

    private async Task CommandAsync(string command, CancellationToken cancellationToken)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(RabbitMq, command, cancellationToken);
        if (!result.Success)
        {
            throw new InvalidOperationException($"'{command}' on {RabbitMq} failed: {result.Message}");
        }
    }

    private async Task<string> ConnectionStringAsync(string resourceName) =>
        await App.GetConnectionStringAsync(resourceName)
        ?? throw new InvalidOperationException($"'{resourceName}' has no connection string.");
}
