using System.Runtime.InteropServices;

namespace IndustryPlatform.AppHost.Infrastructure.Processes;

/// <summary>
/// Finds the processes an AppHost started, including the ones they started themselves (PostgreSQL's workers, beam.smp
/// and its helpers, a service behind its <c>dotnet run</c>), by marks in their environment: the AppHost's process id and
/// a scope, which for local servers is their state folder, and the resource each was started for. Linux only: it reads
/// <c>/proc</c>.
/// </summary>
public static class OwnedProcesses
{
    public const string MarkVariable = "INDUSTRY_PLATFORM_OWNER";
    public const string ResourceVariable = "INDUSTRY_PLATFORM_RESOURCE";

    public static string Mark(string scope) => $"{Environment.ProcessId}:{scope}";

    /// <summary>Processes started for <paramref name="scope"/> by this process.</summary>
    public static IReadOnlyList<ProcessInfo> Of(string scope) =>
        Find(mark => mark.Owner == Environment.ProcessId && mark.Scope == scope);

    /// <summary>Processes this process started for <paramref name="resource"/>, with their descendants.</summary>
    public static IReadOnlyList<ProcessInfo> Of(string scope, string resource) =>
        Find(mark => mark.Owner == Environment.ProcessId && mark.Scope == scope && mark.Resource == resource);

    /// <summary>Processes started for <paramref name="scope"/> by an AppHost that is gone.</summary>
    public static IReadOnlyList<ProcessInfo> Orphaned(string scope) =>
        Find(mark => mark.Scope == scope && !IsAlive(mark.Owner));

    /// <summary>
    /// Gives the processes <paramref name="patience"/> to exit by themselves (the orchestrator is stopping them),
    /// then asks the rest to stop (SIGTERM) and kills what is still there a few seconds later.
    /// </summary>
    /// <returns>The processes that had to be ended.</returns>
    public static async Task<IReadOnlyList<ProcessInfo>> EndAsync(Func<IReadOnlyList<ProcessInfo>> find, TimeSpan patience)
    {
        var lingering = await WaitForExitAsync(find, patience);
        if (lingering.Count > 0)
        {
            Signal(lingering, Sigterm);
            Signal(await WaitForExitAsync(find, TerminationGrace), Sigkill);
        }

        return lingering;
    }

    private const int Sigkill = 9;
    private const int Sigterm = 15;
    private static readonly TimeSpan TerminationGrace = TimeSpan.FromSeconds(10);

    private static async Task<IReadOnlyList<ProcessInfo>> WaitForExitAsync(Func<IReadOnlyList<ProcessInfo>> find, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        var remaining = find();
        while (remaining.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            remaining = find();
        }

        return remaining;
    }

    private static void Signal(IEnumerable<ProcessInfo> processes, int signal)
    {
        foreach (var process in processes)
        {
            // A process that is gone in the meantime makes kill fail with ESRCH, which is what we wanted anyway.
            _ = Kill(process.Id, signal);
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>Marked processes and their descendants: PostgreSQL's workers overwrite their environment with their title.</summary>
    private static IReadOnlyList<ProcessInfo> Find(Func<Marks, bool> matches)
    {
        var parents = new Dictionary<int, int>();
        var owned = new HashSet<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                // stat is "pid (comm) state ppid …"; comm may hold spaces and parentheses, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
                if (ReadMarks(folder) is { } marks && matches(marks))
                {
                    owned.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                // Exited while we looked, or not ours to read.
            }
        }

        bool DescendsFromOwned(int pid)
        {
            for (var ancestor = pid; parents.TryGetValue(ancestor, out var parent) && parent > 1; ancestor = parent)
            {
                if (owned.Contains(parent))
                {
                    return true;
                }
            }

            return false;
        }

        return parents.Keys
            .Where(pid => owned.Contains(pid) || DescendsFromOwned(pid))
            .Select(pid => new ProcessInfo(pid, ReadName(pid)))
            .Where(process => process.Name.Length > 0)
            .ToList();
    }

    private readonly record struct Marks(int Owner, string Scope, string? Resource);

    private static Marks? ReadMarks(string folder)
    {
        var environment = File.ReadAllText(Path.Combine(folder, "environ")).Split('\0');
        string? Value(string variable) => environment
            .FirstOrDefault(entry => entry.StartsWith(variable + "=", StringComparison.Ordinal))?[(variable.Length + 1)..];

        var mark = Value(MarkVariable);
        var colon = mark?.IndexOf(':') ?? -1;
        return colon > 0 && int.TryParse(mark![..colon], out var owner) ? new Marks(owner, mark[(colon + 1)..], Value(ResourceVariable)) : null;
    }

    private static string ReadName(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}");
}

public sealed record ProcessInfo(int Id, string Name)
{
    public override string ToString() => $"{Name} ({Id})";
}
