using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IndustryPlatform.Infrastructure.Tests;

/// <summary>
/// A start that cannot succeed says so at once, in scripts/run's own output: which server (or port), why, and what
/// to do — and ends with exit code 1 within <see cref="Promptly"/>, instead of waiting for ever.
/// </summary>
public sealed class StartsThatCannotSucceed : IDisposable
{
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly List<string> _folders = [];

    [Fact]
    public async Task A_published_port_held_by_another_process_is_named_with_that_process()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await using var run = StackRun.Start(new Dictionary<string, string> { ["GATEWAY_GRPC_PORT"] = port }, "--Infrastructure:Ephemeral=true");

        var output = await RefusedPromptlyAsync(run);
        Assert.Contains($"port {port}, held by", output);
        Assert.Contains($"pid {Environment.ProcessId}", output);
        Assert.Contains("gateway's 'grpc' endpoint", output);
        Assert.Contains("GATEWAY_GRPC_PORT", output);
    }

    [Fact]
    public async Task A_missing_server_program_is_named_with_what_to_install()
    {
        Assert.SkipUnless(CanHideFolders(), "This machine does not allow a private mount namespace (unshare --mount), needed to hide a server's programs.");

        await using var run = StackRun.StartWithout("/usr/lib/rabbitmq/bin", "--Infrastructure:Mode=LocalProcesses", "--Infrastructure:Ephemeral=true");

        var output = await RefusedPromptlyAsync(run);
        Assert.Contains("RabbitMQ (package rabbitmq-server)", output);
        Assert.Contains("scripts/install-prerequisites", output);
    }

    [Fact]
    public async Task A_damaged_PostgreSQL_data_folder_is_named_with_how_to_start_afresh()
    {
        var data = NewFolder();
        var cluster = await PostgresClusterAsync(Path.Combine(data, "postgres", "data"));
        // A torn write: the control file that says where recovery starts is garbage.
        await File.WriteAllBytesAsync(Path.Combine(cluster, "global", "pg_control"), new byte[8192], TestContext.Current.CancellationToken);

        await using var run = StackRun.Start(new Dictionary<string, string> { ["Infrastructure__DataDirectory"] = data });

        var output = await RefusedPromptlyAsync(run);
        Assert.Contains("PostgreSQL ('postgres') could not start: its data folder", output);
        Assert.Contains(cluster, output);
        Assert.Contains("scripts/reset-data", output);
    }

    [Fact]
    public async Task A_data_folder_out_of_PostgreSQLs_reach_with_nowhere_to_move_it_is_explained()
    {
        Assert.SkipUnless(Environment.UserName == "root", "Only as root does PostgreSQL run as a user of its own.");
        var closedHome = NewFolder(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var closedElsewhere = NewFolder(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        await using var run = StackRun.Start(new Dictionary<string, string>
        {
            ["Infrastructure__DataDirectory"] = Path.Combine(closedHome, "checkout", ".data"),
            ["Infrastructure__ReachableDataDirectory"] = Path.Combine(closedElsewhere, "reachable"),
        });

        var output = await RefusedPromptlyAsync(run);
        Assert.Contains("PostgreSQL runs as user 'postgres', which cannot reach either", output);
        Assert.Contains("Fix: set Infrastructure:DataDirectory", output);
    }

    private static async Task<string> RefusedPromptlyAsync(StackRun run)
    {
        var exitCode = await run.WaitForExitAsync(Patience);
        var output = run.Output;
        TestContext.Current.TestOutputHelper?.WriteLine($"exit {exitCode?.ToString() ?? "none"} after {run.Elapsed.TotalSeconds:0.0} s:\n{output}");
        Assert.True(exitCode is not null, $"scripts/run was still running after {Patience.TotalSeconds:0} s:\n{output}");
        Assert.Equal(1, exitCode);
        Assert.True(run.Elapsed < Promptly, $"scripts/run took {run.Elapsed.TotalSeconds:0.0} s to give up:\n{output}");
        Assert.Contains("Fix:", output);
        return output;
    }

    /// <summary>A real cluster, made as the AppHost makes one (initdb as the postgres user), to be damaged.</summary>
    private static async Task<string> PostgresClusterAsync(string folder)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).First(b => File.Exists(Path.Combine(b, "initdb")));
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", "postgres:postgres", Path.GetDirectoryName(folder)!);
        }

        string[] initdb = [Path.Combine(bin, "initdb"), "--pgdata", folder, "--username", "postgres", "--auth", "trust", "--no-sync", "--no-locale", "--encoding", "UTF8"];
        await (asRoot ? RunAsync("/usr/bin/setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", .. initdb]) : RunAsync(initdb[0], initdb[1..]));
        return folder;
    }

    private static async Task RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)}: {await errors}");
    }

    private static bool CanHideFolders()
    {
        using var probe = Process.Start(new ProcessStartInfo("unshare", ["--mount", "--propagation", "private", "true"]) { RedirectStandardError = true })!;
        probe.WaitForExit();
        return probe.ExitCode == 0;
    }

    /// <summary>A throw-away folder under /tmp (reachable by other users unless <paramref name="mode"/> says otherwise).</summary>
    private string NewFolder(UnixFileMode? mode = null)
    {
        // Not "industry-platform-*": AppHosts clear stale folders of that name from /tmp.
        var folder = Directory.CreateTempSubdirectory("start-failure-test-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, mode ?? (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute));
        }
        _folders.Add(folder);
        return folder;
    }

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
