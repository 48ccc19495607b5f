using Microsoft.Extensions.Configuration;

namespace IndustryPlatform.AppHost.Infrastructure;

/// <summary>The <c>Infrastructure</c> configuration section.</summary>
/// <param name="Mode">Auto (default), Containers, LocalProcesses or External.</param>
/// <param name="DataDirectory">Where local servers keep their data between runs (default <c>&lt;repo&gt;/.data</c>).</param>
/// <param name="ReachableDataDirectory">
/// Where a server that runs as a user of its own (PostgreSQL as <c>postgres</c> when the AppHost is root) keeps its data
/// when that user cannot reach <paramref name="DataDirectory"/>, as in a checkout under a mode-700 home (default
/// <c>/var/lib/industry-platform</c>); the data directory then holds a link to it.
/// </param>
/// <param name="Ephemeral">Keep state in a fresh temporary folder, deleted when the AppHost stops (used by tests).</param>
internal sealed record InfrastructureSettings(InfrastructureMode Mode, string DataDirectory, string ReachableDataDirectory, bool Ephemeral)
{
    public static InfrastructureSettings Read(IDistributedApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Infrastructure");
        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        string PathOf(string key, string fallback) =>
            section[key] is { Length: > 0 } configured ? Path.GetFullPath(configured, repositoryRoot) : fallback;

        return new InfrastructureSettings(
            section.GetValue("Mode", InfrastructureMode.Auto),
            PathOf("DataDirectory", Path.Combine(repositoryRoot, ".data")),
            PathOf("ReachableDataDirectory", "/var/lib/industry-platform"),
            section.GetValue("Ephemeral", false));
    }
}
