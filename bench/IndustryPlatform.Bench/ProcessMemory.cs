using System.Globalization;

namespace IndustryPlatform.Bench;

/// <summary>
/// Peak resident set (VmHWM in /proc/&lt;pid&gt;/status) of processes this run started (descendants of this process, or of
/// the orchestrator monitoring it — other AppHosts may run on the machine at the same time), found by their command line.
/// VmHWM is the peak since the process started, so a reading after a scenario is the peak up to then.
/// </summary>
public static class ProcessMemory
{
    public static string ServiceAssembly(string service) => "IndustryPlatform." + char.ToUpperInvariant(service[0]) + service[1..];

    private sealed record ProcessInfo(int Pid, int ParentPid, string CommandLine, long PeakKb);

    private static List<ProcessInfo> Snapshot()
    {
        var all = new List<ProcessInfo>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                var status = File.ReadAllLines(Path.Combine(dir, "status"));
                var parent = status.FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
                var peak = status.FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                all.Add(new ProcessInfo(
                    pid,
                    parent is null ? 0 : int.Parse(parent["PPid:".Length..].Trim(), CultureInfo.InvariantCulture),
                    commandLine,
                    peak is null ? 0 : long.Parse(peak["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process ended while being read.
            }
        }

        return all;
    }

    private static List<ProcessInfo> Ours()
    {
        var all = Snapshot();
        var me = Environment.ProcessId;
        var roots = new HashSet<int> { me };
        foreach (var p in all.Where(p => p.CommandLine.Contains($"--monitor {me} ", StringComparison.Ordinal) || p.CommandLine.EndsWith($"--monitor {me}", StringComparison.Ordinal)))
        {
            roots.Add(p.Pid);
        }

        var parents = all.ToDictionary(p => p.Pid, p => p.ParentPid);
        bool Descends(int pid)
        {
            for (var i = 0; i < 64 && pid > 1; i++)
            {
                if (!parents.TryGetValue(pid, out var parent))
                {
                    return false;
                }

                if (roots.Contains(parent))
                {
                    return true;
                }

                pid = parent;
            }

            return false;
        }

        return all.Where(p => p.Pid != me && Descends(p.Pid)).ToList();
    }

    /// <summary>Largest peak in MB among our processes whose command line contains <paramref name="marker"/> (the service, not a launcher).</summary>
    public static double? LargestPeakMegabytes(string marker) =>
        Ours().Where(p => p.CommandLine.Contains(marker, StringComparison.Ordinal)).Select(p => (double?)p.PeakKb / 1024.0).Max();

    /// <summary>Summed peaks in MB of every process whose command line contains <paramref name="marker"/> (nginx: master and workers).</summary>
    public static double? SummedPeakMegabytes(string marker)
    {
        var matching = Ours().Where(p => p.CommandLine.Contains(marker, StringComparison.Ordinal)).ToList();
        return matching.Count == 0 ? null : matching.Sum(p => p.PeakKb) / 1024.0;
    }

    /// <summary>"ent 180, gw 150" for the services given (peaks so far), plus an extra process group.</summary>
    public static string Describe(IEnumerable<string> services, string? extraName = null, string? extraMarker = null)
    {
        var parts = services
            .Select(s => $"{Short(s)} {Format(LargestPeakMegabytes(ServiceAssembly(s)))}")
            .ToList();
        if (extraName is not null && extraMarker is not null)
        {
            parts.Add($"{extraName} {Format(SummedPeakMegabytes(extraMarker))}");
        }

        return string.Join(", ", parts);
    }

    private static string Short(string service) => service switch
    {
        "enterprises" => "ent",
        "projects" => "prj",
        "indicators" => "ind",
        "gateway" => "gw",
        _ => service,
    };

    private static string Format(double? mb) => mb is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "?";
}
