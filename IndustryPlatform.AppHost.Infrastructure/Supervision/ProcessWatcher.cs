using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace IndustryPlatform.AppHost.Infrastructure.Supervision;

/// <summary>
/// Follows the state of every process the AppHost runs — servers, services, not one-shot helpers started on request —
/// from before the first one starts until the AppHost stops.
/// </summary>
internal abstract class ProcessWatcher(ResourceNotificationService notifications, IHostApplicationLifetime lifetime)
{
    protected IHostApplicationLifetime Lifetime => lifetime;

    protected ResourceNotificationService Notifications => notifications;

    public static bool IsWatched(IResource resource) =>
        resource is ProjectResource
        || (resource is ExecutableResource && !resource.TryGetLastAnnotation<ExplicitStartupAnnotation>(out _));

    /// <summary>A resource without health checks counts as healthy once it runs.</summary>
    public static bool IsHealthy(ResourceEvent update) =>
        update.Snapshot.State?.Text == KnownResourceStates.Running
        && (update.Snapshot.HealthStatus == HealthStatus.Healthy
            || (update.Snapshot.HealthStatus is null && !update.Resource.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _)));

    public static bool HasEnded(string? state) => state is not null && KnownResourceStates.TerminalStates.Contains(state);

    public async Task WatchAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await foreach (var update in notifications.WatchAsync(stopping))
            {
                if (IsWatched(update.Resource))
                {
                    Observe(update);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The AppHost is stopping.
        }
    }

    protected abstract void Observe(ResourceEvent update);
}
