using System.ComponentModel;
using System.Diagnostics;

namespace IndustryPlatform.AppHost.Infrastructure;

/// <summary>Asks the container runtime Aspire would use whether it answers (<c>docker info</c> / <c>podman info</c>).</summary>
internal static class ContainerRuntimeProbe
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <returns>The runtime that answered, or null with the reason none did.</returns>
    public static (string? Runtime, string Reason) Find(string? configuredRuntime)
    {
        string[] candidates = configuredRuntime is { Length: > 0 } ? [configuredRuntime] : ["docker", "podman"];
        var reasons = new List<string>();
        foreach (var runtime in candidates)
        {
            var answer = Ask(runtime);
            if (answer is null)
            {
                return (runtime, $"'{runtime} info' answered");
            }

            reasons.Add(answer);
        }

        return (null, string.Join("; ", reasons));
    }

    /// <returns>null when the runtime answered, else why not.</returns>
    private static string? Ask(string runtime)
    {
        var start = new ProcessStartInfo(runtime, "info")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return $"no '{runtime}' command";
        }

        using (process)
        {
            process.StandardInput.Close();
            // Drain the output so a talkative runtime cannot block on a full pipe.
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Patience))
            {
                process.Kill(entireProcessTree: true);
                return $"'{runtime} info' did not answer within {Patience.TotalSeconds:0} s";
            }

            return process.ExitCode == 0 ? null : $"'{runtime} info' exited {process.ExitCode}";
        }
    }
}
