using System.Diagnostics;

namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>
/// PostgreSQL refuses to run as root. When the AppHost is root (CI, containers), its programs run as the
/// distribution's <c>postgres</c> user through setpriv, in a folder that user owns.
/// </summary>
internal static class PostgresUser
{
    public const string Name = "postgres";

    public static (string Command, string[] Arguments) Command(string program, params string[] arguments) =>
        LocalBinaries.RunningAsRoot
            ? (LocalBinaries.SetPriv, [$"--reuid={Name}", $"--regid={Name}", "--init-groups", program, .. arguments])
            : (program, arguments);

    /// <summary>Whether PostgreSQL would be another user than the AppHost's, one that cannot necessarily go everywhere it goes.</summary>
    public static bool IsSeparate => LocalBinaries.RunningAsRoot;

    public static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var (command, wrapped) = Command(program, arguments);
        await ProcessRunner.RunAsync(command, wrapped, cancellationToken);
    }

    /// <summary>Makes <paramref name="path"/> PostgreSQL's own, and fails with what to do when that user cannot reach it.</summary>
    public static async Task GiveAsync(string path, CancellationToken cancellationToken)
    {
        if (!IsSeparate)
        {
            return;
        }

        await ProcessRunner.RunAsync("chown", [$"{Name}:{Name}", path], cancellationToken);
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path)!;
        if (!CanReach(folder))
        {
            throw new DistributedApplicationException(
                $"PostgreSQL runs as user '{Name}', which cannot reach '{folder}': a folder above it is closed to other users. " +
                "Fix: set Infrastructure:DataDirectory to a folder it can reach (for example /var/lib/industry-platform), " +
                "or open the folders above it to other users with 'chmod o+x'.");
        }
    }

    /// <summary>Whether the user can pass through every folder down to <paramref name="folder"/> (asked as that user).</summary>
    public static bool CanReach(string folder)
    {
        if (!IsSeparate)
        {
            return true;
        }

        var (command, arguments) = Command("/usr/bin/test", "-x", folder);
        var start = new ProcessStartInfo(command) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var test = Process.Start(start)!;
        test.WaitForExit();
        return test.ExitCode == 0;
    }
}
