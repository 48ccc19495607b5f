using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>
/// The folder where local servers keep their data and generated passwords: <c>Infrastructure:DataDirectory</c>
/// (kept between runs), or a fresh temporary folder when <c>Infrastructure:Ephemeral</c> is true.
/// </summary>
internal sealed class StateDirectory
{
    private const string EphemeralPrefix = "industry-platform-";
    private const string OwnerFile = "owner.pid";

    private StateDirectory(string root, bool ephemeral)
    {
        Root = root;
        Ephemeral = ephemeral;
    }

    public string Root { get; }

    public bool Ephemeral { get; }

    public static StateDirectory Open(InfrastructureSettings settings)
    {
        if (!settings.Ephemeral)
        {
            Directory.CreateDirectory(settings.DataDirectory);
            return new StateDirectory(settings.DataDirectory, ephemeral: false);
        }

        var root = Directory.CreateTempSubdirectory(EphemeralPrefix).FullName;
        // Other users (PostgreSQL's) must be able to pass through to their own sub-folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        File.WriteAllText(Path.Combine(root, OwnerFile), Environment.ProcessId.ToString());
        return new StateDirectory(root, ephemeral: true);
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

    private static void TryDelete(string folder, ILogger logger)
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
