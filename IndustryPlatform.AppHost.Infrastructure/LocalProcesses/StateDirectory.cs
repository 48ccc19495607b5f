using System.Security.Cryptography;
using System.Text;
using IndustryPlatform.AppHost.Infrastructure.Processes;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>
/// The folder where local servers keep their data and generated passwords: <c>Infrastructure:DataDirectory</c>
/// (kept between runs), or a fresh temporary folder when <c>Infrastructure:Ephemeral</c> is true. A server that runs as
/// a user of its own and cannot reach it gets a folder under <c>Infrastructure:ReachableDataDirectory</c> instead,
/// linked from here.
/// </summary>
internal sealed class StateDirectory
{
    private const string EphemeralPrefix = "industry-platform-";
    private const string OwnerFile = "owner.pid";

    private readonly string _reachableRoot;
    private readonly List<string> _notes = [];

    private StateDirectory(string root, string reachableRoot, bool ephemeral)
    {
        Root = root;
        _reachableRoot = reachableRoot;
        Ephemeral = ephemeral;
    }

    public string Root { get; }

    public bool Ephemeral { get; }

    /// <summary>What was decided about where data lives, for the start-up log.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public static StateDirectory Open(InfrastructureSettings settings)
    {
        if (!settings.Ephemeral)
        {
            Directory.CreateDirectory(settings.DataDirectory);
            return new StateDirectory(settings.DataDirectory, settings.ReachableDataDirectory, ephemeral: false);
        }

        var root = Directory.CreateTempSubdirectory(EphemeralPrefix).FullName;
        // Other users (PostgreSQL's) must be able to pass through to their own sub-folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        File.WriteAllText(Path.Combine(root, OwnerFile), Environment.ProcessId.ToString());
        return new StateDirectory(root, settings.ReachableDataDirectory, ephemeral: true);
    }

    /// <summary>Deletes ephemeral folders whose AppHost is gone without deleting them (it crashed or was killed).</summary>
    public static void DeleteStaleEphemeralRoots(ILogger logger)
    {
        foreach (var root in Directory.EnumerateDirectories(Path.GetTempPath(), EphemeralPrefix + "*"))
        {
            if (IsStale(root) && OwnedProcesses.Orphaned(root).Count == 0)
            {
                TryDelete(root, logger);
            }
        }
    }

    private static bool IsStale(string root)
    {
        var ownerFile = Path.Combine(root, OwnerFile);
        if (File.Exists(ownerFile))
        {
            return int.TryParse(File.ReadAllText(ownerFile), out var owner) && !Directory.Exists($"/proc/{owner}");
        }

        // Half deleted, or never finished: an AppHost writes the owner file as soon as it creates the folder.
        return Directory.GetLastWriteTimeUtc(root) < DateTime.UtcNow - TimeSpan.FromMinutes(10);
    }

    /// <summary>Called once the servers have exited.</summary>
    public void DeleteIfEphemeral(ILogger logger)
    {
        if (Ephemeral)
        {
            TryDelete(Root, logger);
        }
    }

    /// <summary>Deletes a state folder and the folders its links point to (data kept where its server's user could reach it).</summary>
    private static void TryDelete(string folder, ILogger logger)
    {
        var linked = Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateDirectories().Where(d => d.LinkTarget is not null).Select(d => d.ResolveLinkTarget(true)!.FullName).ToList()
            : [];
        foreach (var target in linked.Append(folder))
        {
            TryDeleteFolder(target, logger);
        }
    }

    private static void TryDeleteFolder(string folder, ILogger logger)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                if (attempt == 3)
                {
                    logger.LogWarning(ex, "Could not delete the state folder {Folder}", folder);
                    return;
                }

                // A server that has just exited may still be closing a file.
                Thread.Sleep(200);
            }
        }
    }

    public string Folder(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    /// <summary>
    /// The folder of a server that runs as <see cref="PostgresUser"/>: in the state folder when that user can reach it;
    /// else under <c>Infrastructure:ReachableDataDirectory</c> (one sub-folder per state folder, so each checkout keeps its
    /// own data from run to run), linked from the state folder so that scripts/reset-data finds it.
    /// </summary>
    public string ReachableFolder(string name, string serverName)
    {
        var inPlace = Path.Combine(Root, name);
        if (new DirectoryInfo(inPlace).LinkTarget is not null)
        {
            var linked = Directory.CreateDirectory(new DirectoryInfo(inPlace).ResolveLinkTarget(returnFinalTarget: true)!.FullName).FullName;
            return PostgresUser.CanReach(linked) ? linked : throw Unreachable(serverName, $"its data in '{linked}'");
        }

        if (PostgresUser.CanReach(Folder(name)))
        {
            return inPlace;
        }

        if (Directory.EnumerateFileSystemEntries(inPlace).Any())
        {
            throw Unreachable(serverName, $"its data in '{inPlace}'");
        }

        var reachable = Directory.CreateDirectory(Path.Combine(_reachableRoot, Key(Root), name)).FullName;
        if (!PostgresUser.CanReach(reachable))
        {
            throw Unreachable(serverName, $"either '{inPlace}' or '{reachable}'");
        }

        Directory.Delete(inPlace);
        Directory.CreateSymbolicLink(inPlace, reachable);
        _notes.Add($"{serverName} runs as user '{PostgresUser.Name}', which cannot reach {Root}: its data is kept in {reachable} (linked from {inPlace}).");
        return reachable;
    }

    private static DistributedApplicationException Unreachable(string serverName, string what) => new(
        $"{serverName} runs as user '{PostgresUser.Name}', which cannot reach {what}: a folder above it is closed to other users. " +
        "Fix: set Infrastructure:DataDirectory (or Infrastructure:ReachableDataDirectory) to a folder that user can reach, " +
        "such as /var/lib/industry-platform, or open the folders above it to other users with 'chmod o+x'.");

    /// <summary>A short name that stays the same for the same state folder.</summary>
    private static string Key(string root) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root)))[..12];

    /// <summary>A password generated on first use and kept with the data it protects.</summary>
    public string Secret(string name)
    {
        var path = Path.Combine(Folder("secrets"), name);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        // Letters and digits only: the value goes into URIs and connection strings unescaped.
        var secret = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 24);
        File.WriteAllText(path, secret);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return secret;
    }
}
