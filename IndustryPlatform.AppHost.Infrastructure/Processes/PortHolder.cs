using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IndustryPlatform.AppHost.Infrastructure.Processes;

/// <summary>
/// Whether a TCP port can be listened on, and if not, which process listens on it (on Linux, from <c>/proc/net/tcp*</c>
/// and the processes' open sockets), so that a refusal can name it.
/// </summary>
public static class PortHolder
{
    private const string Listening = "0A";

    public static bool IsFree(int port)
    {
        foreach (var address in new[] { IPAddress.Loopback, IPAddress.IPv6Loopback })
        {
            try
            {
                using var listener = new TcpListener(address, port);
                listener.Start();
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return false;
            }
            catch (SocketException)
            {
                // No IPv6 on this machine: nothing can hold the port there either.
            }
        }

        return true;
    }

    /// <summary>"port 5080, held by dotnet (pid 4242: dotnet IndustryPlatform.Gateway.dll)".</summary>
    public static string Describe(int port) =>
        Find(port) is { } holder ? $"port {port}, held by {holder}" : $"port {port}, held by a process this user cannot see";

    /// <summary>The process listening on <paramref name="port"/>, or null when none is found (or not on Linux).</summary>
    public static string? Find(int port)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var inodes = new[] { "/proc/net/tcp", "/proc/net/tcp6" }
            .Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 9 && fields[3] == Listening && LocalPort(fields[1]) == port)
            .Select(fields => $"socket:[{fields[9]}]")
            .ToHashSet();
        if (inodes.Count == 0)
        {
            return null;
        }

        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), out var pid))
            {
                continue;
            }

            try
            {
                if (Directory.EnumerateFileSystemEntries(Path.Combine(process, "fd"))
                    .Any(fd => new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target)))
                {
                    return Describe(process, pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone, or not ours to look into.
            }
        }

        return null;
    }

    /// <summary>"0100007F:13D8" is 127.0.0.1:5080.</summary>
    private static int LocalPort(string address) =>
        int.Parse(address[(address.LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>"IndustryPlatform.Gateway (pid 4242: /…/IndustryPlatform.Gateway)"; comm alone is cut at 15 characters.</summary>
    private static string Describe(string process, int pid)
    {
        var arguments = File.ReadAllText(Path.Combine(process, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var name = arguments.Length > 0 ? Path.GetFileName(arguments[0]) : File.ReadAllText(Path.Combine(process, "comm")).Trim();
        var line = string.Join(' ', arguments);
        return $"{name} (pid {pid}: {(line.Length > 120 ? line[..120] + "…" : line)})";
    }
}
