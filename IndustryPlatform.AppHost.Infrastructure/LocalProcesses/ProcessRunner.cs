using System.Diagnostics;

namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>Runs a short set-up command (initdb, chown) to completion and fails with its output when it fails.</summary>
internal static class ProcessRunner
{
    public static async Task RunAsync(string command, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The AppHost is stopping: an initdb left running would go on writing into a folder about to be deleted.
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new DistributedApplicationException(
                $"'{command} {string.Join(' ', start.ArgumentList)}' exited {process.ExitCode}: {await errors}{await output}");
        }
    }
}
