using IndustryPlatform.AppHost.Infrastructure.Supervision;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.AppHost.Infrastructure.Processes;

/// <summary>
/// Nothing the AppHost starts outlives it. Every executable and project gets the owner marks; when the AppHost stops,
/// it waits for the orchestrator to end them (which otherwise finishes some seconds after the AppHost has exited),
/// ends whatever lingers, and only then runs <c>afterwards</c> (deleting throw-away state). Processes that a crashed
/// AppHost left on the same scope are ended when the next one starts, and what a dead resource left behind (a service
/// whose <c>dotnet run</c> died under it) is ended before the supervisor starts it again.
/// </summary>
internal static class ProcessLifetime
{
    private static readonly TimeSpan ExitPatience = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan OrphanPatience = TimeSpan.FromSeconds(5);

    public static void EndProcessesWithAppHost(this IDistributedApplicationBuilder builder, string scope, Action<ILogger>? afterwards = null)
    {
        builder.Services.AddSingleton<IBeforeRestart>(new EndLeftovers(scope));
        builder.Eventing.Subscribe<BeforeStartEvent>(async (e, _) =>
        {
            var logger = e.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProcessLifetime).FullName!);
            var mark = OwnedProcesses.Mark(scope);
            foreach (var resource in e.Model.Resources.Where(r => r is ExecutableResource or ProjectResource))
            {
                resource.Annotations.Add(new EnvironmentCallbackAnnotation(OwnedProcesses.MarkVariable, () => mark));
                resource.Annotations.Add(new EnvironmentCallbackAnnotation(OwnedProcesses.ResourceVariable, () => resource.Name));
            }

            var orphans = await OwnedProcesses.EndAsync(() => OwnedProcesses.Orphaned(scope), OrphanPatience);
            if (orphans.Count > 0)
            {
                logger.LogWarning("Ended processes a previous AppHost left running on {Scope}: {Processes}", scope, string.Join(", ", orphans));
            }

            var released = 0;
            void ReleaseOnce(TimeSpan patience)
            {
                if (Interlocked.Exchange(ref released, 1) == 0)
                {
                    Release(scope, logger, patience);
                    afterwards?.Invoke(logger);
                }
            }

            e.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(() => ReleaseOnce(ExitPatience));
            // A host that fails to start (or is stopped while still starting) never reports "stopped", and nothing
            // else would end its processes before this one is gone: end them at once.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => ReleaseOnce(TimeSpan.Zero);
        });
    }

    private static void Release(string scope, ILogger logger, TimeSpan patience)
    {
        var ended = OwnedProcesses.EndAsync(() => OwnedProcesses.Of(scope), patience).GetAwaiter().GetResult();
        if (ended.Count > 0)
        {
            logger.LogWarning("Ended processes still running {Seconds} s after the AppHost stopped: {Processes}",
                patience.TotalSeconds, string.Join(", ", ended));
        }
    }

    private sealed class EndLeftovers(string scope) : IBeforeRestart
    {
        public async Task<string?> PrepareAsync(IResource resource, CancellationToken cancellationToken)
        {
            var ended = await OwnedProcesses.EndAsync(() => OwnedProcesses.Of(scope, resource.Name), TimeSpan.Zero);
            return ended.Count == 0 ? null : $"ended what its last run left running: {string.Join(", ", ended)}";
        }
    }
}
