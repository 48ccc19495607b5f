using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.AppHost.Infrastructure.Supervision;

/// <summary>
/// Starts a server or service again when its process died by itself after it had been healthy: Aspire's own start
/// command (the one behind the dashboard's Start button, so arguments, environment and waits are prepared as for the
/// first start), after a pause that grows while it keeps dying (<see cref="RestartBackoff"/>). Each death and return is
/// logged on the AppHost's console and in the resource's own log, and counted in its "Restarts" property on the dashboard.
/// A stop that was asked for (dashboard, command, the AppHost shutting down) passes through "Stopping" and is left
/// alone; a resource that never became healthy is not restarted, its start failed (see <c>StartFailureGuard</c>).
/// </summary>
internal sealed class ProcessSupervisor(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService resourceLogs,
    IEnumerable<IBeforeRestart> preparations,
    IHostApplicationLifetime lifetime,
    ILogger<ProcessSupervisor> logger) : ProcessWatcher(notifications, lifetime)
{
    public const string RestartsProperty = "supervisor.restarts";

    /// <summary>The orchestrator's property with the process id (Aspire's own constant for it is internal).</summary>
    private const string PidProperty = "executable.pid";

    private readonly ConcurrentDictionary<string, Watched> _watched = new(StringComparer.Ordinal);

    protected override void Observe(ResourceEvent update)
    {
        var watched = _watched.GetOrAdd(update.ResourceId, _ => new Watched());
        var snapshot = update.Snapshot;
        var state = snapshot.State?.Text;
        var now = DateTime.UtcNow;
        lock (watched)
        {
            if (state == KnownResourceStates.Stopping)
            {
                watched.StopAsked = true;
            }
            else if (state == KnownResourceStates.Starting)
            {
                watched.StopAsked = false;
            }
            else if (IsHealthy(update))
            {
                watched.EverHealthy = true;
                if (watched.HealthySince is null)
                {
                    watched.HealthySince = now;
                    if (watched.DiedAt is { } diedAt)
                    {
                        Report(update, LogLevel.Information,
                            $"{update.Resource.Name} is healthy again, {(now - diedAt).TotalSeconds:0.0} s after it died (restart {watched.Restarts}).");
                        watched.DiedAt = null;
                    }
                }
            }
            else if (HasEnded(state))
            {
                var healthyFor = watched.HealthySince is { } since ? now - since : TimeSpan.Zero;
                watched.HealthySince = null;
                if (watched.StopAsked || !watched.EverHealthy || watched.RestartPending || Lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    return;
                }

                watched.RestartPending = true;
                watched.DiedAt ??= now;
                watched.Restarts++;
                var delay = watched.Backoff.Next(healthyFor);
                Report(update, LogLevel.Warning,
                    $"{update.Resource.Name} died ({state}, exit code {snapshot.ExitCode?.ToString() ?? "unknown"}); " +
                    $"starting it again in {delay.TotalSeconds:0} s (restart {watched.Restarts}).");
                _ = RestartAsync(update, watched, delay);
            }
        }
    }

    /// <summary>
    /// A process can be gone while the orchestrator still reports it running: when a service's <c>dotnet run</c> dies,
    /// the service itself lives on as an orphan holding the output pipes the orchestrator waits on. Every few seconds,
    /// a running resource whose own process has vanished has what it left behind ended, which lets the orchestrator
    /// see the exit, and the supervisor starts it again as for any death.
    /// </summary>
    public async Task FindVanishedProcessesAsync()
    {
        var stopping = Lifetime.ApplicationStopping;
        using var timer = new PeriodicTimer(VanishedCheckInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                foreach (var (resourceId, watched) in _watched)
                {
                    if (Notifications.TryGetCurrentState(resourceId, out var current) && current.Snapshot.State?.Text == KnownResourceStates.Running
                        && current.Snapshot.Properties.FirstOrDefault(p => p.Name == PidProperty)?.Value is { } pid
                        && !IsAlive(Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture)))
                    {
                        await EndLeftoversAsync(current, $"The process of {current.Resource.Name} ({pid}) is gone, but not all of it", stopping);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The AppHost is stopping.
        }
    }

    private static readonly TimeSpan VanishedCheckInterval = TimeSpan.FromSeconds(3);

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task EndLeftoversAsync(ResourceEvent update, string occasion, CancellationToken stopping)
    {
        foreach (var preparation in preparations)
        {
            if (await preparation.PrepareAsync(update.Resource, stopping) is { } done)
            {
                Report(update, LogLevel.Warning, $"{occasion}: {done}.");
            }
        }
    }

    private async Task RestartAsync(ResourceEvent update, Watched watched, TimeSpan delay)
    {
        var stopping = Lifetime.ApplicationStopping;
        try
        {
            await Task.Delay(delay, stopping);
            await Notifications.PublishUpdateAsync(update.Resource, update.ResourceId, snapshot => snapshot with
            {
                Properties = [.. snapshot.Properties.Where(p => p.Name != RestartsProperty),
                    new ResourcePropertySnapshot(RestartsProperty, watched.Restarts) { DisplayName = "Restarts" }],
            });
            await EndLeftoversAsync(update, $"Before starting {update.Resource.Name} again", stopping);
            var result = await commands.ExecuteCommandAsync(update.ResourceId, KnownResourceCommands.StartCommand, stopping);
            if (!result.Success)
            {
                Report(update, LogLevel.Error, $"Starting {update.Resource.Name} again failed: {result.Message}");
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The AppHost is stopping: nothing to restart for.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Starting {Resource} again failed", update.Resource.Name);
        }
        finally
        {
            lock (watched)
            {
                watched.RestartPending = false;
            }
        }

        // The start may have failed before any new state arrived: look again at where the resource stands now.
        if (!stopping.IsCancellationRequested && Notifications.TryGetCurrentState(update.ResourceId, out var current)
            && HasEnded(current.Snapshot.State?.Text))
        {
            Observe(current);
        }
    }

    private void Report(ResourceEvent update, LogLevel level, string message)
    {
        logger.Log(level, "{Message}", message);
        resourceLogs.GetLogger(update.ResourceId).Log(level, "[supervisor] {Message}", message);
    }

    private sealed class Watched
    {
        public bool EverHealthy;
        public bool StopAsked;
        public bool RestartPending;
        public DateTime? HealthySince;
        public DateTime? DiedAt;
        public int Restarts;
        public RestartBackoff Backoff { get; } = new();
    }
}
