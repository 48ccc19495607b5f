namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>
/// PostgreSQL refuses to run as root. When the AppHost is root (CI, containers), its programs run as the
/// distribution's <c>postgres</c> user through setpriv, in a folder that user owns.
/// </summary>
internal static class PostgresUser
{
    private const string Name = "postgres";

    public static (string Command, string[] Arguments) Command(string program, params string[] arguments) =>
        LocalBinaries.RunningAsRoot
            ? (LocalBinaries.SetPriv, [$"--reuid={Name}", $"--regid={Name}", "--init-groups", program, .. arguments])
            : (program, arguments);

    public static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var (command, wrapped) = Command(program, arguments);
        await ProcessRunner.RunAsync(command, wrapped, cancellationToken);
    }

    public static async Task GiveAsync(string path, CancellationToken cancellationToken)
    {
        if (!LocalBinaries.RunningAsRoot)
        {
            return;
        }

        EnsureReachable(path);
        await ProcessRunner.RunAsync("chown", [$"{Name}:{Name}", path], cancellationToken);
    }

    private static void EnsureReachable(string path)
    {
        for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(folder).HasFlag(UnixFileMode.OtherExecute))
            {
                throw new DistributedApplicationException(
                    $"PostgreSQL runs as user '{Name}', which cannot pass through '{folder}' to reach '{path}'. " +
                    "Set Infrastructure:DataDirectory to a folder it can reach (for example /var/lib/industry-platform), " +
                    $"or allow it through with 'chmod o+x {folder}'.");
            }
        }
    }
}
