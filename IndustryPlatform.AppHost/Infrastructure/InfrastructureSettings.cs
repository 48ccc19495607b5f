using Microsoft.Extensions.Configuration;

namespace IndustryPlatform.AppHost.Infrastructure;

/// <summary>The <c>Infrastructure</c> configuration section.</summary>
/// <param name="Mode">Auto (default), Containers, LocalProcesses or External.</param>
/// <param name="DataDirectory">Where local servers keep their data between runs (default <c>&lt;repo&gt;/.data</c>).</param>
/// <param name="Ephemeral">Keep state in a fresh temporary folder, deleted when the AppHost stops (used by tests).</param>
internal sealed record InfrastructureSettings(InfrastructureMode Mode, string DataDirectory, bool Ephemeral)
{
    public static InfrastructureSettings Read(IDistributedApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Infrastructure");
        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var dataDirectory = section["DataDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, repositoryRoot)
            : Path.Combine(repositoryRoot, ".data");

        return new InfrastructureSettings(
            section.GetValue("Mode", InfrastructureMode.Auto),
            dataDirectory,
            section.GetValue("Ephemeral", false));
    }
}
