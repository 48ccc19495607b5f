using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>The curl examples of docs/integration-guide.md, run in order in one shell against the running platform.</summary>
public sealed partial class IntegrationGuideExamples(PlatformFixture platform)
{
    [Fact]
    public async Task Every_example_in_the_integration_guide_works_as_written()
    {
        var guide = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "integration-guide.md"), TestContext.Current.CancellationToken);
        var examples = BashBlock().Matches(guide).Select(m => m.Groups["code"].Value).ToList();
        Assert.True(examples.Count >= 6, $"expected the guide's examples, found {examples.Count}");

        var script = new StringBuilder("set -euo pipefail\n");
        foreach (var (example, index) in examples.Select((e, i) => (e, i + 1)))
        {
            script.Append("echo \"--- example ").Append(index).Append(" ---\"\n").Append(example).Append('\n');
        }

        var (exitCode, output) = await RunBashAsync(script.ToString(), platform.GatewayAddress.ToString().TrimEnd('/'));
        Assert.True(exitCode == 0, $"The guide's examples failed (exit {exitCode}):\n{output}");

        // A developer runs them again against the same platform: no fixed id may make the second run fail.
        var (againExitCode, againOutput) = await RunBashAsync(script.ToString(), platform.GatewayAddress.ToString().TrimEnd('/'));
        Assert.True(againExitCode == 0, $"The guide's examples failed when run a second time (exit {againExitCode}):\n{againOutput}");
    }

    [Fact]
    public async Task The_readme_s_grpc_sample_reads_an_enterprise_and_names_the_rule_of_a_refusal()
    {
        using var city = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        using (var registered = await city.RegisterAsync(EnterpriseRequests.NewRegistration(code)))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, registered.StatusCode);
        }

        var token = await platform.GetAccessTokenAsync(PlatformFixture.CityBureau);
        var grpc = platform.App.GetEndpoint(PlatformFixture.Gateway, "grpc").ToString().TrimEnd('/');
        var (found, foundOutput) = await RunSampleAsync(code, token, grpc);
        var (missing, missingOutput) = await RunSampleAsync(TestCreditCodes.NewValid(), token, grpc);

        Assert.True(found == 0, foundOutput);
        Assert.Contains(code, foundOutput);
        Assert.Equal(1, missing);
        Assert.Contains("NotFound enterprise.not-found", missingOutput);
    }

    private static async Task<(int ExitCode, string Output)> RunSampleAsync(string creditCode, string token, string grpcAddress)
    {
        var start = new ProcessStartInfo("dotnet", ["run", Path.Combine(RepositoryRoot(), "samples", "get-enterprise.cs"), "--", creditCode])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot(),
            Environment = { ["TOKEN"] = token, ["GATEWAY_GRPC"] = grpcAddress, ["DOTNET_NOLOGO"] = "1" },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // The first run builds the file (about a minute on a busy two-core machine).
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task<(int ExitCode, string Output)> RunBashAsync(string script, string gateway)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["GATEWAY"] = gateway },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IndustryPlatform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("IndustryPlatform.sln not found above the test's directory.");
    }

    [GeneratedRegex(@"```bash\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
