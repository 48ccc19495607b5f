namespace IndustryPlatform.AppHost.Infrastructure.Supervision;

/// <summary>Work to do before a dead resource is started again (for local processes: end what its last run left behind).</summary>
public interface IBeforeRestart
{
    /// <returns>What was done, for the log, or null when there was nothing to do.</returns>
    Task<string?> PrepareAsync(IResource resource, CancellationToken cancellationToken);
}
