using System.Diagnostics;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using IndustryPlatform.EndToEnd.Tests;
using IndustryPlatform.Testing;

namespace IndustryPlatform.Faults.Tests;

/// <summary>
/// A service that is down is answered for by the gateway at once — 503 with Retry-After and a problem document,
/// within its health-check interval, not after a proxy time-out — and a service process that died is started again.
/// </summary>
[Collection(OneFaultAtATime.Name)]
public sealed class ServicesComeBack(PlatformFixture platform)
{
    /// <summary>The gateway's active health check: every 2 s, unhealthy after 2 failures of at most 1 s each.</summary>
    private static readonly TimeSpan HealthInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan KnownDownWithin = HealthInterval * 2 + TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RestartPatience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_killed_service_is_a_quick_503_at_the_gateway_and_is_started_again()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var gateway = platform.CreateGatewayClient();
        gateway.Timeout = TimeSpan.FromSeconds(60);
        var path = await RegisteredEnterpriseAsync(gateway);
        var enterprises = new ResourceProcesses(platform.App, "enterprises");
        var restarts = enterprises.Restarts;

        ResourceProcesses.Kill(enterprises.FindProcess("/net10.0/IndustryPlatform.Enterprises"));
        var sinceKill = Stopwatch.StartNew();
        var (unavailable, slowest) = await FirstUnavailableAsync(gateway, path, cancellation);

        Assert.True(sinceKill.Elapsed < KnownDownWithin, $"The first 503 came {sinceKill.Elapsed.TotalSeconds:0.0} s after the kill.");
        Assert.True(slowest < HealthInterval, $"An answer while the service was down took {slowest.TotalSeconds:0.0} s.");
        await AssertUnavailableAsync(unavailable, cancellation);

        await enterprises.WaitUntilRestartedAndHealthyAsync(restarts + 1, RestartPatience, cancellation);
        await WaitUntilAnsweredAsync(gateway, path, RestartPatience, cancellation);
    }

    [Fact]
    public async Task A_service_whose_dotnet_run_died_under_it_is_ended_and_started_again()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var gateway = platform.CreateGatewayClient();
        var projects = new ResourceProcesses(platform.App, "projects");
        var restarts = projects.Restarts;
        var service = projects.FindProcess("/net10.0/IndustryPlatform.Projects");

        // The wrong process for an operator to kill: the service lives on, orphaned, and the orchestrator sees no exit.
        ResourceProcesses.Kill(projects.FindProcess("dotnet run"));

        await projects.WaitUntilRestartedAndHealthyAsync(restarts + 1, RestartPatience, cancellation);
        Assert.False(Directory.Exists($"/proc/{service}"), $"The orphaned service ({service}) still runs.");
        await WaitUntilAnsweredAsync(gateway, "/api/v1/projects/statistics?year=2024&by=chain", RestartPatience, cancellation);
    }

    [Fact]
    public async Task A_service_stopped_on_purpose_stays_stopped_and_the_gateway_says_503_meanwhile()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var gateway = platform.CreateGatewayClient();
        var indicators = new ResourceProcesses(platform.App, "indicators");
        var restarts = indicators.Restarts;

        await CommandAsync("indicators", KnownResourceCommands.StopCommand, cancellation);
        await platform.App.ResourceNotifications.WaitForResourceAsync("indicators",
            e => e.Snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state), cancellation);
        var (unavailable, _) = await FirstUnavailableAsync(gateway, "/api/v1/indicators", cancellation);
        await AssertUnavailableAsync(unavailable, cancellation);
        unavailable.Dispose();

        // Several times the supervisor's first pause: a stop that was asked for is not undone.
        await Task.Delay(TimeSpan.FromSeconds(5), cancellation);
        Assert.True(platform.App.ResourceNotifications.TryGetCurrentState("indicators", out var stopped));
        Assert.Contains(stopped.Snapshot.State?.Text, KnownResourceStates.TerminalStates);
        Assert.Equal(restarts, indicators.Restarts);

        await CommandAsync("indicators", KnownResourceCommands.StartCommand, cancellation);
        await platform.App.ResourceNotifications.WaitForResourceHealthyAsync("indicators", cancellation);
        await WaitUntilAnsweredAsync(gateway, "/api/v1/indicators", RestartPatience, cancellation);
    }

    private static async Task<string> RegisteredEnterpriseAsync(HttpClient gateway)
    {
        var code = TestCreditCodes.NewValid();
        using var registered = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code, "湖州停机演练有限公司"));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return $"/api/v1/enterprises/{code}";
    }

    /// <summary>Asks until the gateway says 503; returns that answer and the slowest answer on the way.</summary>
    private static async Task<(HttpResponseMessage Unavailable, TimeSpan Slowest)> FirstUnavailableAsync(HttpClient gateway, string path, CancellationToken cancellation)
    {
        var slowest = TimeSpan.Zero;
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var asked = Stopwatch.StartNew();
            var response = await gateway.GetAsync(path, cancellation);
            slowest = asked.Elapsed > slowest ? asked.Elapsed : slowest;
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                return (response, slowest);
            }

            response.Dispose();
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), $"The gateway still answered {(int)response.StatusCode} 30 s after the service went down.");
            await Task.Delay(100, cancellation);
        }
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage unavailable, CancellationToken cancellation)
    {
        Assert.Equal("application/problem+json", unavailable.Content.Headers.ContentType?.MediaType);
        Assert.True(int.TryParse(unavailable.Headers.TryGetValues("Retry-After", out var values) ? values.Single() : null, out var seconds) && seconds > 0,
            "503 without a Retry-After in seconds");
        var problem = await unavailable.Content.ReadAsStringAsync(cancellation);
        Assert.Contains("service.unavailable", problem);
        Assert.DoesNotContain("localhost", problem);
    }

    private static async Task WaitUntilAnsweredAsync(HttpClient gateway, string path, TimeSpan patience, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await gateway.GetAsync(path, cancellation);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Assert.True(clock.Elapsed < patience, $"{path} still answered {(int)response.StatusCode} {patience.TotalSeconds:0} s after the service came back.");
            await Task.Delay(250, cancellation);
        }
    }

    private async Task CommandAsync(string resource, string command, CancellationToken cancellation)
    {
        var result = await platform.App.ResourceCommands.ExecuteCommandAsync(resource, command, cancellation);
        Assert.True(result.Success, $"'{command}' on {resource}: {result.Message}");
    }
}
