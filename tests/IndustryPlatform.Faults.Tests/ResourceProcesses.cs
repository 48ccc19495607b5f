using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IndustryPlatform.Faults.Tests;

/// <summary>
/// The processes behind a resource, as an operator finds them with ps: the one the orchestrator started (its pid is a
/// property of the resource) and its descendants (beam.smp under the rabbitmq-server script, a service under its
/// <c>dotnet run</c>); and the supervisor's view of the resource: running, healthy, restarted so many times.
/// </summary>
internal sealed class ResourceProcesses(DistributedApplication app, string resource)
{
    private const string PidProperty = "executable.pid";
    private const string RestartsProperty = "supervisor.restarts";

    public int Restarts => Current().Snapshot.Properties.FirstOrDefault(p => p.Name == RestartsProperty)?.Value is { } value
        ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
        : 0;

    /// <summary>The resource's own process, or its descendant whose command line contains <paramref name="program"/>.</summary>
    public int FindProcess(string program)
    {
        var root = Convert.ToInt32(Current().Snapshot.Properties.First(p => p.Name == PidProperty).Value, System.Globalization.CultureInfo.InvariantCulture);
        var tree = ProcessTable();
        var candidates = new List<int> { root };
        for (var i = 0; i < candidates.Count; i++)
        {
            candidates.AddRange(tree.Where(p => p.Value.Parent == candidates[i]).Select(p => p.Key));
        }

        return candidates.FirstOrDefault(pid => tree.TryGetValue(pid, out var process) && process.CommandLine.Contains(program, StringComparison.Ordinal)) is var found and > 0
            ? found
            : throw new InvalidOperationException($"No process '{program}' under {resource} ({root}): {string.Join(", ", candidates.Select(c => tree.GetValueOrDefault(c).CommandLine))}");
    }

    /// <summary>SIGKILL, as the kernel's out-of-memory killer or a crash would end it: no chance to clean up.</summary>
    public static void Kill(int pid)
    {
        using var kill = Process.Start("kill", ["-KILL", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits, within <paramref name="patience"/>, until the resource has been restarted to <paramref name="restarts"/> and is healthy.</summary>
    public async Task WaitUntilRestartedAndHealthyAsync(int restarts, TimeSpan patience, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(patience);
        try
        {
            await app.ResourceNotifications.WaitForResourceAsync(resource, e =>
                e.Snapshot.State?.Text == KnownResourceStates.Running
                && e.Snapshot.HealthStatus == HealthStatus.Healthy
                && Restarts >= restarts, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var snapshot = Current().Snapshot;
            throw new TimeoutException($"{resource} was not restarted ({restarts}) and healthy within {patience.TotalSeconds:0} s: " +
                $"{snapshot.State?.Text}, {snapshot.HealthStatus}, restarts {Restarts}.");
        }
    }

    private ResourceEvent Current() =>
        app.ResourceNotifications.TryGetCurrentState(resource, out var current) ? current : throw new InvalidOperationException($"{resource} has no state.");

    private static Dictionary<int, (int Parent, string CommandLine)> ProcessTable()
    {
        var table = new Dictionary<int, (int, string)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                table[pid] = (parent, File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' '));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone while we looked.
            }
        }

        return table;
    }
}
