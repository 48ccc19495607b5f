using System.Text.RegularExpressions;
using IndustryPlatform.AppHost.Infrastructure.Processes;

namespace IndustryPlatform.AppHost.Infrastructure.StartUp;

/// <summary>
/// Turns a server or service that failed to start, and the last lines it wrote, into a message naming it, the cause
/// and the fix: its program missing, its files out of its user's reach, its port taken, its data folder damaged.
/// </summary>
public static partial class StartFailureDiagnosis
{
    public static string Explain(IResource resource, CustomResourceSnapshot snapshot, IReadOnlyList<string> lastLines)
    {
        var server = resource.TryGetLastAnnotation<LocalServerAnnotation>(out var local) ? local : null;
        var name = server is null ? $"'{resource.Name}'" : $"{server.DisplayName} ('{resource.Name}')";
        var lines = lastLines.Select(WithoutTimestamp).Where(l => l.Length > 0).ToList();
        var evidence = lines.LastOrDefault(l => Telling().IsMatch(l)) ?? lines.LastOrDefault();

        var (cause, fix) = Classify(resource, snapshot, server, lines);
        var said = evidence is null ? "" : $"\n  It said: {evidence}";
        return $"{name} could not start: {cause}.{said}\n  Fix: {fix}";
    }

    /// <summary>For a server that runs but never answered its health check.</summary>
    public static string ExplainUnhealthy(IResource resource, CustomResourceSnapshot snapshot, TimeSpan waited, IReadOnlyList<string> lastLines)
    {
        var name = resource.TryGetLastAnnotation<LocalServerAnnotation>(out var server) ? $"{server.DisplayName} ('{resource.Name}')" : $"'{resource.Name}'";
        var report = string.Join("; ", snapshot.HealthReports.Where(r => r.Description is not null).Select(r => r.Description));
        var lines = lastLines.Select(WithoutTimestamp).Where(l => l.Length > 0).TakeLast(5).Select(l => $"\n  | {l}");
        return $"{name} is running but has not answered its health check for {waited.TotalSeconds:0} s" +
            $"{(report.Length > 0 ? $": {report}" : "")}.{string.Concat(lines)}\n  Fix: see its log above; if it keeps data, its data folder may be damaged " +
            $"(scripts/reset-data empties the local data).";
    }

    private static (string Cause, string Fix) Classify(IResource resource, CustomResourceSnapshot snapshot, LocalServerAnnotation? server, List<string> lines)
    {
        bool Said(Regex pattern) => lines.Any(pattern.IsMatch);
        var folder = server?.DataFolder;

        if (snapshot.State?.Text == KnownResourceStates.FailedToStart)
        {
            var program = resource is ExecutableResource executable ? $" '{executable.Command}'" : "";
            return ($"its program{program} could not be run (missing, or not executable)",
                "install what is missing with scripts/install-prerequisites (or 'sudo apt-get install postgresql rabbitmq-server redis-server'), then start again.");
        }

        if (Said(PermissionDenied()))
        {
            var user = server?.RunsAs is { } runsAs ? $"user '{runsAs}'" : "the AppHost's user";
            return ($"{user} may not use its files{(folder is null ? "" : $" in {folder}")}",
                $"make {folder ?? "its folder"} and every folder above it reachable by {user} (for example 'chmod o+x' on a parent), " +
                "or set Infrastructure:DataDirectory to a folder it can reach, such as /var/lib/industry-platform.");
        }

        if (Said(PortInUse()))
        {
            var ports = resource.TryGetEndpoints(out var endpoints)
                ? endpoints.Where(e => e.Port is not null).Select(e => e.Port!.Value).ToList()
                : [];
            var holders = ports.Select(port => PortHolder.Describe(port)).ToList();
            return ($"its port is already in use ({string.Join(", ", holders)})",
                "stop that process, or start again: the servers' ports are chosen afresh at every start.");
        }

        if (Said(DamagedData()))
        {
            return ($"its data folder{(folder is null ? "" : $" {folder}")} is damaged, or was written by another version",
                $"move {folder ?? "its data folder"} aside (to keep it for repair) or delete all local data with scripts/reset-data, then start again.");
        }

        return ($"it exited{(snapshot.ExitCode is { } code ? $" with code {code}" : "")} before it became healthy",
            "see its log above (or in the dashboard) for why.");
    }

    /// <summary>DCP may put its own ISO timestamp in front of a line.</summary>
    private static string WithoutTimestamp(string line) => LeadingTimestamp().Replace(line, "").Trim();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z\s+")]
    private static partial Regex LeadingTimestamp();

    [GeneratedRegex(@"FATAL|PANIC|[Ee]rror|ERROR|Unhandled exception|[Pp]ermission denied|[Aa]ddress already in use|eaddrinuse|[Cc]orrupt|BOOT FAILED")]
    private static partial Regex Telling();

    [GeneratedRegex(@"[Pp]ermission denied|eacces")]
    private static partial Regex PermissionDenied();

    [GeneratedRegex(@"[Aa]ddress already in use|eaddrinuse|Could not create server TCP listening socket")]
    private static partial Regex PortInUse();

    [GeneratedRegex(@"is not a valid data directory|PG_VERSION|database files are incompatible|could not locate a valid checkpoint record|invalid checkpoint|incorrect checksum|pg_control|[Bb]ad file format reading the append only file|[Cc]orrupt|[Ss]hort read|[Bb]ad magic")]
    private static partial Regex DamagedData();
}
