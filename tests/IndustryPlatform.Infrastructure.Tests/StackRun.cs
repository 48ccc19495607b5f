using System.Diagnostics;
using System.Text;
using IndustryPlatform.AppHost.Infrastructure.LocalProcesses;
using IndustryPlatform.AppHost.Infrastructure.Processes;

namespace IndustryPlatform.Infrastructure.Tests;

/// <summary>
/// The stack as a person starts it: <c>scripts/run --no-build</c> (the tests have just built it) in a process of its
/// own, on published ports chosen free so that it never meets another stack on this machine, its console captured.
/// </summary>
internal sealed class StackRun : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private StackRun(ProcessStartInfo start, int gatewayHttpPort)
    {
        GatewayHttpPort = gatewayHttpPort;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public int GatewayHttpPort { get; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>scripts/run with <paramref name="environment"/> on top of the published ports, and AppHost <paramref name="arguments"/>.</summary>
    public static StackRun Start(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Launch(Path.Combine(RepositoryRoot, "scripts", "run"), ["--no-build", .. arguments], environment);

    /// <summary>
    /// The AppHost as scripts/run starts it, but inside a private mount namespace in which <paramref name="hiddenFolder"/>
    /// is empty: a server's programs are missing, without touching the machine (scripts/run would install them again).
    /// </summary>
    public static StackRun StartWithout(string hiddenFolder, params string[] arguments) =>
        Launch("unshare", ["--mount", "--propagation", "private", "sh", "-c", $"mount -t tmpfs none {hiddenFolder} && exec \"$0\" \"$@\"",
            Path.Combine(RepositoryRoot, "IndustryPlatform.AppHost", "bin", "Debug", "net10.0", "IndustryPlatform.AppHost"), .. arguments],
            new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Development", ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true" });

    private static StackRun Launch(string command, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var gatewayHttp = FreePort.Pick();
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var dashboard = FreeDashboardPort();
        start.Environment["GATEWAY_HTTP_PORT"] = gatewayHttp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["GATEWAY_GRPC_PORT"] = FreePort.Pick().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DASHBOARD_PORT"] = dashboard.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The AppHost itself, when it is started without scripts/run.
        start.Environment["Gateway__HttpPort"] = start.Environment["GATEWAY_HTTP_PORT"];
        start.Environment["Gateway__GrpcPort"] = start.Environment["GATEWAY_GRPC_PORT"];
        start.Environment["ASPNETCORE_URLS"] = $"http://localhost:{dashboard}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://localhost:{dashboard + 4000}";
        start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://localhost:{dashboard + 5000}";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new StackRun(start, gatewayHttp);
    }

    /// <summary>The dashboard's port and the two scripts/run derives from it (+4000, +5000) must all be free.</summary>
    private static int FreeDashboardPort()
    {
        while (true)
        {
            var port = FreePort.Pick();
            if (port + 5000 < 65536 && PortHolder.IsFree(port + 4000) && PortHolder.IsFree(port + 5000))
            {
                return port;
            }
        }
    }

    /// <returns>The exit code, or null if the process still runs after <paramref name="patience"/>.</returns>
    public async Task<int?> WaitForExitAsync(TimeSpan patience)
    {
        using var deadline = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
            _process.WaitForExit(); // the last lines of output
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Polls the gateway's /health until it answers 200, or fails with the console so far.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://localhost:{GatewayHttpPort}"), Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"scripts/run exited ({_process.ExitCode}) before the gateway was healthy:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not up yet.
            }

            Assert.True(Elapsed < patience, $"The gateway was not healthy within {patience.TotalSeconds:0} s:\n{Output}");
            await Task.Delay(1000, cancellationToken);
        }
    }

    /// <summary>Ctrl+C's cousin: SIGTERM to the AppHost (scripts/run became it), then waits for it to end.</summary>
    public async Task<int?> StopAsync(TimeSpan patience)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        return await WaitForExitAsync(patience);
    }

    public async ValueTask DisposeAsync()
    {
        if (await StopAsync(TimeSpan.FromSeconds(90)) is null)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    internal static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IndustryPlatform.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No IndustryPlatform.sln above {AppContext.BaseDirectory}.");
    }
}
