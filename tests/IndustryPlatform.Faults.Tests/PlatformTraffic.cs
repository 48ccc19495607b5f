using System.Diagnostics;
using System.Net;
using IndustryPlatform.EndToEnd.Tests;
using IndustryPlatform.Testing;

namespace IndustryPlatform.Faults.Tests;

/// <summary>
/// What "the platform serves" means after a fault: through the gateway, a new enterprise is registered (Redis at the
/// gateway, PostgreSQL at Enterprises), read back, and reaches Projects' copy (outbox, RabbitMQ, Projects' inbox).
/// </summary>
internal static class PlatformTraffic
{
    /// <summary>Retries, until <paramref name="patience"/> runs out, what a district system would retry; returns how long it took.</summary>
    public static async Task<TimeSpan> ServesAgainAsync(PlatformFixture platform, TimeSpan patience, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var gateway = platform.CreateGatewayClient();
        gateway.Timeout = TimeSpan.FromSeconds(15);
        string? registered = null;
        var answers = new List<string>();
        while (registered is null)
        {
            var code = TestCreditCodes.NewValid();
            try
            {
                using var response = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code, "湖州故障演练装备有限公司"));
                answers.Add(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    registered = code;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                answers.Add(ex.GetType().Name);
            }

            if (registered is null)
            {
                if (clock.Elapsed > patience)
                {
                    throw new TimeoutException($"No registration went through within {patience.TotalSeconds:0} s; answers: {string.Join(", ", answers)}.");
                }

                await Task.Delay(500, cancellationToken);
            }
        }

        using (var read = await gateway.GetAsync($"/api/v1/enterprises/{registered}", cancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        var projects = new ProjectsReadModel(await platform.GetConnectionStringAsync("projectsdb"));
        await projects.WaitForVersionAsync(registered, 1, cancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"served again after {clock.Elapsed.TotalSeconds:0.0} s; answers before: {string.Join(", ", answers)}");
        return clock.Elapsed;
    }
}
