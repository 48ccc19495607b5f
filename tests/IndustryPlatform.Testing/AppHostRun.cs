using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.Testing;

/// <summary>
/// Starts the real AppHost in the test process with throw-away state and waits, within a bounded time, until the
/// resources a fixture needs are healthy; on failure it says which resource is not, in which state, with its last log lines.
/// </summary>
internal static class AppHostRun
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(90);

    public static async Task<DistributedApplication> StartAsync(
        IEnumerable<string> arguments,
        Action<IDistributedApplicationTestingBuilder> shape,
        Func<DistributedApplicationModel, IEnumerable<string>> awaitHealthy,
        TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.IndustryPlatform_AppHost>(
            ["--Infrastructure:Ephemeral=true", .. arguments], deadline.Token);
        builder.Services.AddLogging(logging => logging
            // Probes fail until each server is up; what stays unhealthy is in the report below.
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical)
            .AddFilter("IndustryPlatform.AppHost.Resources", LogLevel.Warning));
        shape(builder);
        var app = await builder.BuildAsync(deadline.Token);

        using var started = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
        try
        {
            var crashed = FirstCrashAsync(app, started.Token);
            var ready = StartAndAwaitAsync(app, awaitHealthy, deadline.Token);
            if (await Task.WhenAny(ready, crashed) == crashed && await crashed is { } crash)
            {
                throw new InvalidOperationException(crash);
            }

            await ready;
            await started.CancelAsync();
            return app;
        }
        catch (Exception ex)
        {
            await started.CancelAsync();
            var report = await DescribeAsync(app);
            await StopAsync(app);
            if (ex is OperationCanceledException && deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"The AppHost was not healthy within {timeout.TotalSeconds:0} s.{report}", ex);
            }

            throw new InvalidOperationException($"The AppHost did not start: {ex.Message}{report}", ex);
        }
    }

    private static async Task StartAndAwaitAsync(
        DistributedApplication app, Func<DistributedApplicationModel, IEnumerable<string>> awaitHealthy, CancellationToken cancellationToken)
    {
        // StartAsync itself waits while resources wait for their dependencies.
        await app.StartAsync(cancellationToken);
        var awaited = awaitHealthy(app.Services.GetRequiredService<DistributedApplicationModel>());
        await Task.WhenAll(awaited.Select(name => app.ResourceNotifications.WaitForResourceHealthyAsync(
            name, WaitBehavior.StopOnResourceUnavailable, cancellationToken)));
    }

    /// <summary>
    /// A server or service that fails while the AppHost starts will not come back: say so now, not at the time-out.
    /// (Exit code 0 is a one-shot job that did its work.)
    /// </summary>
    private static async Task<string?> FirstCrashAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var update in app.ResourceNotifications.WatchAsync(cancellationToken))
            {
                if (update.Resource is not ParameterResource
                    && update.Snapshot.State?.Text is { } state
                    && (state == KnownResourceStates.FailedToStart || KnownResourceStates.TerminalStates.Contains(state))
                    && update.Snapshot.ExitCode is not 0)
                {
                    return $"{update.Resource.Name} stopped while the AppHost was starting: {state}, exit code {update.Snapshot.ExitCode?.ToString() ?? "none"}.";
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Started, or out of time: the other task tells which.
        }

        return null;
    }

    /// <summary>Stops the AppHost (the servers end and, for ephemeral state, their folder is deleted) within a bounded time.</summary>
    public static async Task StopAsync(DistributedApplication app)
    {
        using var deadline = new CancellationTokenSource(StopTimeout);
        try
        {
            await app.StopAsync(deadline.Token).WaitAsync(deadline.Token);
        }
        finally
        {
            await app.DisposeAsync().AsTask().WaitAsync(StopTimeout);
        }
    }

    private static async Task<string> DescribeAsync(DistributedApplication app)
    {
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var report = new StringBuilder();
        foreach (var resource in model.Resources.Where(r => r is not ParameterResource))
        {
            if (!app.ResourceNotifications.TryGetCurrentState(resource.Name, out var current))
            {
                report.Append($"\n  {resource.Name}: no state");
                continue;
            }

            var snapshot = current.Snapshot;
            var unhealthy = snapshot.HealthReports.Where(h => h.Status != Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
                .Select(h => $"{h.Name}: {h.Status?.ToString() ?? "not checked yet"} {h.Description}".TrimEnd());
            report.Append($"\n  {resource.Name}: {snapshot.State?.Text ?? "no state"}, {snapshot.HealthStatus?.ToString() ?? "health unknown"}");
            foreach (var line in unhealthy)
            {
                report.Append($"\n    {line}");
            }

            if (snapshot.HealthStatus != Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
                && snapshot.State?.Text is { } state && state != KnownResourceStates.NotStarted && state != KnownResourceStates.Waiting)
            {
                foreach (var line in await LastLinesAsync(logs, resource, 15))
                {
                    report.Append($"\n    | {line}");
                }
            }
        }

        return report.Length == 0 ? "" : "\nResources:" + report;
    }

    private static async Task<IReadOnlyList<string>> LastLinesAsync(ResourceLoggerService logs, IResource resource, int count)
    {
        var lines = new List<LogLine>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await foreach (var batch in logs.GetAllAsync(resource).WithCancellation(patience.Token))
            {
                lines.AddRange(batch);
            }
        }
        catch (OperationCanceledException)
        {
            // Whatever arrived in time is enough.
        }

        return lines.OrderBy(l => l.LineNumber).TakeLast(count).Select(l => l.Content).ToList();
    }
}
