using System.Collections.Concurrent;
using IndustryPlatform.AppHost.Infrastructure.Supervision;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.AppHost.Infrastructure.StartUp;

/// <summary>
/// A start that cannot succeed says so at once. When a server or service exits (or cannot be run) before it was ever
/// healthy, or a local server runs for <see cref="HealthyWithin"/> without answering its health check, the AppHost
/// explains which one, why and what to do (<see cref="StartFailureDiagnosis"/>) on its console, and stops with exit
/// code 1 — instead of waiting for ever on something that will not come.
/// </summary>
internal sealed class StartFailureGuard(
    ResourceNotificationService notifications,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime,
    ILogger<StartFailureGuard> logger) : ProcessWatcher(notifications, lifetime)
{
    public static readonly TimeSpan HealthyWithin = TimeSpan.FromMinutes(3);
    private const int ExitCode = 1;

    private readonly ConcurrentDictionary<string, Watched> _watched = new(StringComparer.Ordinal);
    private int _failed;

    protected override void Observe(ResourceEvent update)
    {
        var stoppingToken = Lifetime.ApplicationStopping;
        var watched = _watched.GetOrAdd(update.ResourceId, _ => new Watched());
        var state = update.Snapshot.State?.Text;
        if (watched.EverHealthy)
        {
            return;
        }

        if (state == KnownResourceStates.Stopping)
        {
            watched.StopAsked = true;
        }
        else if (state == KnownResourceStates.Running)
        {
            if (IsHealthy(update))
            {
                watched.EverHealthy = true;
            }
            else if (!watched.Timed && update.Resource.TryGetLastAnnotation<LocalServerAnnotation>(out _))
            {
                watched.Timed = true;
                _ = FailIfStillUnhealthyAsync(update, watched, stoppingToken);
            }
        }
        else if (HasEnded(state) && !watched.StopAsked
            && !Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            _ = FailAsync(update, lines => StartFailureDiagnosis.Explain(update.Resource, update.Snapshot, lines));
        }
    }

    private async Task FailIfStillUnhealthyAsync(ResourceEvent update, Watched watched, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(HealthyWithin, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!watched.EverHealthy && Notifications.TryGetCurrentState(update.ResourceId, out var current)
            && current.Snapshot.State?.Text == KnownResourceStates.Running)
        {
            await FailAsync(current, lines => StartFailureDiagnosis.ExplainUnhealthy(current.Resource, current.Snapshot, HealthyWithin, lines));
        }
    }

    private async Task FailAsync(ResourceEvent update, Func<IReadOnlyList<string>, string> explain)
    {
        if (Interlocked.Exchange(ref _failed, 1) == 1)
        {
            return;
        }

        var message = explain(await LastLinesAsync(update.ResourceId));
        logger.LogCritical("{Explanation}\nThe platform cannot start without it: the AppHost stops now (exit code {ExitCode}).", message, ExitCode);
        // The orchestrator logs its own cancelled start after this; the reason should be the last thing on the console.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.Error.WriteLine($"\nThe AppHost stopped: {message}\n");
        Environment.ExitCode = ExitCode;
        Lifetime.StopApplication();
    }

    private async Task<IReadOnlyList<string>> LastLinesAsync(string resourceId)
    {
        var lines = new List<string>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            await foreach (var batch in resourceLogs.GetAllAsync(resourceId).WithCancellation(patience.Token))
            {
                lines.AddRange(batch.Select(l => l.Content));
            }
        }
        catch (OperationCanceledException)
        {
            // Whatever arrived in time has to do.
        }

        return lines.TakeLast(40).ToList();
    }

    private sealed class Watched
    {
        public volatile bool EverHealthy;
        public bool StopAsked;
        public bool Timed;
    }
}
