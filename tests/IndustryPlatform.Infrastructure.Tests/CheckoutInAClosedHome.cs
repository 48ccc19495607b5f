using System.Diagnostics;

namespace IndustryPlatform.Infrastructure.Tests;

/// <summary>
/// A newcomer's checkout in root's home (mode 700), started as root with scripts/run: PostgreSQL runs as its own
/// user, which cannot pass through that home to the data folder. The AppHost keeps PostgreSQL's data where that user
/// can reach it, links it from the data folder, says so, and the stack becomes healthy; scripts/reset-data removes both.
/// </summary>
public sealed class CheckoutInAClosedHome : IDisposable
{
    private static readonly TimeSpan HealthyWithin = TimeSpan.FromMinutes(4);
    private readonly string _home = Directory.CreateTempSubdirectory("closed-home-test-").FullName;

    [Fact]
    public async Task Starts_healthy_with_PostgreSQLs_data_where_its_user_can_reach_it_and_reset_data_removes_it()
    {
        Assert.SkipUnless(Environment.UserName == "root", "Only as root does PostgreSQL run as a user of its own.");
        var cancellation = TestContext.Current.CancellationToken;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_home, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var data = Path.Combine(_home, "industry-platform", ".data");
        var environment = new Dictionary<string, string> { ["Infrastructure__DataDirectory"] = data };
        string? kept;
        await using (var run = StackRun.Start(environment))
        {
            await run.WaitUntilHealthyAsync(HealthyWithin, cancellation);
            TestContext.Current.TestOutputHelper?.WriteLine($"healthy after {run.Elapsed.TotalSeconds:0} s");

            var link = new DirectoryInfo(Path.Combine(data, "postgres"));
            kept = link.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            Assert.NotNull(kept);
            Assert.StartsWith("/var/lib/industry-platform/", kept);
            Assert.True(File.Exists(Path.Combine(kept, "data", "PG_VERSION")), "PostgreSQL's cluster is not in the folder it was given");
            Assert.Contains($"its data is kept in {kept}", run.Output);

            var stopped = await run.StopAsync(TimeSpan.FromSeconds(90));
            Assert.True(stopped is not null, $"scripts/run did not stop within 90 s of SIGTERM:\n{run.Output}");
        }

        var reset = await ResetDataAsync(environment);
        Assert.Contains($"deleted {kept}", reset);
        Assert.False(Directory.Exists(kept), $"{kept} is still there");
        Assert.False(Directory.Exists(data), $"{data} is still there");
    }

    private static async Task<string> ResetDataAsync(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Path.Combine(StackRun.RepositoryRoot, "scripts", "reset-data"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"scripts/reset-data exited {process.ExitCode}: {errors}{output}");
        return output;
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);
}
