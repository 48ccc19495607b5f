using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using IndustryPlatform.EndToEnd.Tests;
using IndustryPlatform.Testing;

namespace IndustryPlatform.Faults.Tests;

/// <summary>
/// A change made while Redis hangs is what is read once it answers again. The hang makes Enterprises' cache calls time
/// out; the circuit breaker then stops sending them, so the change's eviction never reaches Redis, and the entry of
/// the old version is still there when Redis resumes. It must never be served again.
/// </summary>
[Collection(OneFaultAtATime.Name)]
public sealed class CacheNeverStale(PlatformFixture platform)
{
    [Fact]
    public async Task An_enterprise_renamed_while_Redis_hung_is_read_with_its_new_name_after_Redis_answers()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var gateway = platform.CreateGatewayClient();
        gateway.Timeout = TimeSpan.FromSeconds(30);
        var code = TestCreditCodes.NewValid();
        using (var registered = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code, "湖州缓存演练旧名有限公司")))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        // The old version in the cache; after an earlier fault of this run the cache may still be regaining trust.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(20))
        {
            using var cached = await gateway.GetAsync($"/api/v1/enterprises/{code}", cancellation);
            if (cached.Header("X-Cache") == "hit")
            {
                break;
            }

            await Task.Delay(500, cancellation);
        }

        var redis = new ResourceProcesses(platform.App, "redis").FindProcess("redis-server");
        Signal(redis, "STOP");
        try
        {
            // Reads while Redis hangs come from PostgreSQL; enough of them time out to open the breaker.
            for (var i = 0; i < 4; i++)
            {
                using var read = await gateway.GetAsync($"/api/v1/enterprises/{code}", cancellation);
                Assert.Equal(HttpStatusCode.OK, read.StatusCode);
                Assert.Equal(1, (int?)(await read.ReadJsonAsync())["version"]);
            }

            using var renamed = await gateway.PutAsJsonAsync($"/api/v1/enterprises/{code}", new
            {
                expectedVersion = 1,
                nameZh = "湖州缓存演练新名有限公司",
                nameEn = "Huzhou Cache Drill Co., Ltd.",
                districtCode = "wuxing",
                industryCode = "C3841",
                chainCode = "nev",
                foundedOn = "2015-06-18",
                listing = (object?)null,
            }, cancellation);
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }
        finally
        {
            Signal(redis, "CONT");
        }

        // Past the breaker's pause and the epoch's move: every answer is version 2, from PostgreSQL or the cache.
        var clock = Stopwatch.StartNew();
        var answers = new List<string>();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            using var read = await gateway.GetAsync($"/api/v1/enterprises/{code}", cancellation);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            var body = await read.ReadJsonAsync();
            answers.Add($"{read.Header("X-Cache")} v{body["version"]}");
            Assert.True((int?)body["version"] == 2 && (string?)body["nameZh"] == "湖州缓存演练新名有限公司",
                $"a replaced version was served after Redis came back: {string.Join(", ", answers)}");
            await Task.Delay(500, cancellation);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"answers after Redis resumed: {string.Join(", ", answers)}");
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
