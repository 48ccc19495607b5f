using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IndustryPlatform.Testing;
using Npgsql;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// Projects' half of "register → advance to 上规 → the enterprise is above-scale": a district system registers a
/// project through the gateway for an enterprise registered a moment before, advances it, reads its history, and the
/// ProjectStageAdvanced events leave Projects through the outbox to the broker.
/// </summary>
public sealed class ProjectsLifecycleThroughGateway(PlatformFixture platform)
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_project_is_registered_advanced_to_above_scale_and_its_events_are_published()
    {
        using var gateway = platform.CreateGatewayClient();
        gateway.DefaultRequestHeaders.Add("X-Client-Id", "e2e-district-system");
        var code = TestCreditCodes.NewValid();
        using (var enterprise = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code)))
        {
            Assert.Equal(HttpStatusCode.Created, enterprise.StatusCode);
        }

        using var registered = await gateway.PostAsJsonAsync("/api/v1/projects", new
        {
            name = "年产10万台新能源汽车电驱系统项目",
            enterpriseCreditCode = code,
            districtCode = "wuxing",
            chainCode = "nev",
            kind = "NewManufacturing",
            totalInvestmentYi = 8.5m,
            equipmentInvestmentShare = 40m,
            isProvincialMajor = true,
            filedOn = "2024-01-15",
            plannedStartOn = "2024-03-01",
            plannedCompletionOn = "2024-12-31",
            plannedProductionOn = "2025-03-31",
            plannedAboveScaleOn = "2025-09-30",
            plannedAtCapacityOn = "2026-06-30",
        }, _cancellation);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var project = await registered.ReadJsonAsync();
        var id = (string)project["id"]!;
        Assert.True((bool?)project["isMajor"]);
        Assert.Equal("Filed", (string?)project["stage"]);

        var version = 1;
        foreach (var (stage, date) in new[] { ("Started", "2024-03-05"), ("Completed", "2024-12-20"), ("InProduction", "2025-03-01"), ("AboveScale", "2025-09-01") })
        {
            using var advanced = await gateway.PostAsJsonAsync($"/api/v1/projects/{id}/advance",
                new { expectedVersion = version, stage, reachedOn = date }, _cancellation);
            Assert.Equal(HttpStatusCode.OK, advanced.StatusCode);
            version = (int)(await advanced.ReadJsonAsync())["version"]!;
        }

        using var stale = await gateway.PostAsJsonAsync($"/api/v1/projects/{id}/advance",
            new { expectedVersion = 1, stage = "AtCapacity", reachedOn = "2025-10-01" }, _cancellation);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.EndsWith("/project-version-stale", (string?)(await stale.ReadJsonAsync())["type"]);

        using var read = await gateway.GetAsync($"/api/v1/projects/{id}", _cancellation);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = await read.ReadJsonAsync();
        Assert.Equal("AboveScale", (string?)body["stage"]);
        var history = body["history"]!.AsArray();
        Assert.Equal(5, history.Count);
        Assert.All(history, h => Assert.Equal("e2e-district-system", (string?)h!["changedBy"]));

        var published = await WaitForPublishedAsync(id, expected: 4);
        Assert.Equal(4, published);
    }

    [Fact]
    public async Task A_skipped_stage_is_refused_through_the_gateway_naming_field_and_rule()
    {
        using var gateway = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        (await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code))).Dispose();
        using var registered = await gateway.PostAsJsonAsync("/api/v1/projects", new
        {
            name = "智能物流装备技改项目", enterpriseCreditCode = code, districtCode = "deqing", chainCode = "smart-logistics",
            kind = "TechnicalUpgrade", totalInvestmentYi = 1.2m, equipmentInvestmentShare = 70m, filedOn = "2024-02-01",
            plannedStartOn = "2024-04-01", plannedCompletionOn = "2024-10-01", plannedProductionOn = "2024-12-01",
            plannedAboveScaleOn = "2025-06-01", plannedAtCapacityOn = "2025-12-01",
        }, _cancellation);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var id = (string)(await registered.ReadJsonAsync())["id"]!;

        using var skipped = await gateway.PostAsJsonAsync($"/api/v1/projects/{id}/advance",
            new { expectedVersion = 1, stage = "Completed", reachedOn = "2024-05-01" }, _cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        var problem = await skipped.ReadJsonAsync();
        var error = problem["errors"]!.AsArray().Single()!;
        Assert.Equal(("stage", "stage-out-of-order"), ((string?)error["field"], (string?)error["rule"]));
    }

    /// <summary>Counts this project's ProjectStageAdvanced rows the relay has had confirmed by the broker.</summary>
    private async Task<int> WaitForPublishedAsync(string projectId, int expected)
    {
        var connectionString = await platform.GetConnectionStringAsync("projectsdb");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(_cancellation);
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%ProjectStageAdvanced%' " +
                "AND payload->>'projectId' = @id AND published_at IS NOT NULL", connection);
            command.Parameters.AddWithValue("id", projectId);
            var count = Convert.ToInt32(await command.ExecuteScalarAsync(_cancellation));
            if (count >= expected || DateTime.UtcNow > deadline)
            {
                return count;
            }

            await Task.Delay(200, _cancellation);
        }
    }
}
