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
            origin = "NewlyIntroduced",
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
        Assert.EndsWith("/project.version-stale", (string?)(await stale.ReadJsonAsync())["type"]);

        using var read = await gateway.GetAsync($"/api/v1/projects/{id}", _cancellation);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = await read.ReadJsonAsync();
        Assert.Equal("AboveScale", (string?)body["stage"]);
        var history = body["history"]!.AsArray();
        Assert.Equal(5, history.Count);
        Assert.All(history, h => Assert.Equal(PlatformFixture.CityBureau, (string?)h!["changedBy"]));

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
            kind = "TechnicalUpgrade", origin = "Endogenous", totalInvestmentYi = 1.2m, equipmentInvestmentShare = 70m, filedOn = "2024-02-01",
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
        Assert.Equal(("stage", "stage.out-of-order"), ((string?)error["field"], (string?)error["rule"]));
    }

    [Fact]
    public async Task A_late_start_is_re_planned_with_its_reason_kept_and_the_red_light_and_stuck_listing_clear()
    {
        using var gateway = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        (await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code))).Dispose();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using var registered = await gateway.PostAsJsonAsync("/api/v1/projects", new
        {
            name = "高端新材料产业化项目", enterpriseCreditCode = code, districtCode = "nanxun", chainCode = "advanced-materials",
            kind = "NewManufacturing", origin = "NewlyIntroduced", totalInvestmentYi = 6m, equipmentInvestmentShare = 50m, filedOn = Day(today.AddDays(-200)),
            plannedStartOn = Day(today.AddDays(-100)), plannedCompletionOn = Day(today.AddDays(400)), plannedProductionOn = Day(today.AddDays(500)),
            plannedAboveScaleOn = Day(today.AddDays(700)), plannedAtCapacityOn = Day(today.AddDays(900)),
        }, _cancellation);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var project = await registered.ReadJsonAsync();
        var id = (string)project["id"]!;
        Assert.Equal(("Red", 100), ((string?)project["light"], (int)project["daysOverdue"]!));
        Assert.Contains(id, await StuckAsync(gateway));

        using (var noReason = await gateway.PostAsJsonAsync($"/api/v1/projects/{id}/replan",
            new { expectedVersion = 1, stage = "Started", plannedOn = Day(today.AddDays(30)) }, _cancellation))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            var error = (await noReason.ReadJsonAsync())["errors"]!.AsArray().Single()!;
            Assert.Equal(("reason", "reason.required"), ((string?)error["field"], (string?)error["rule"]));
        }

        using var replanned = await gateway.PostAsJsonAsync($"/api/v1/projects/{id}/replan",
            new { expectedVersion = 1, stage = "Started", plannedOn = Day(today.AddDays(30)), reason = "用地指标调整，开工顺延" }, _cancellation);
        Assert.Equal(HttpStatusCode.OK, replanned.StatusCode);
        var body = await replanned.ReadJsonAsync();
        Assert.Equal((2, "Green", 0), ((int)body["version"]!, (string?)body["light"], (int)body["daysOverdue"]!));

        using var stale = await gateway.PostAsJsonAsync($"/api/v1/projects/{id}/replan",
            new { expectedVersion = 1, stage = "Completed", plannedOn = Day(today.AddDays(450)), reason = "设备到货延迟" }, _cancellation);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        using var read = await gateway.GetAsync($"/api/v1/projects/{id}", _cancellation);
        var current = await read.ReadJsonAsync();
        var history = current["history"]!.AsArray();
        Assert.Equal(2, history.Count);
        var line = history[1]!;
        Assert.Equal(("Replanned", "Started", Day(today.AddDays(30)), Day(today.AddDays(-100)), "用地指标调整，开工顺延", PlatformFixture.CityBureau),
            ((string?)line["kind"], (string?)line["stage"], (string?)line["date"], (string?)line["previousDate"], (string?)line["reason"], (string?)line["changedBy"]));
        var started = current["milestones"]!.AsArray().Single(m => (string?)m!["stage"] == "Started")!;
        Assert.Equal(Day(today.AddDays(30)), (string?)started["plannedOn"]);
        Assert.DoesNotContain(id, await StuckAsync(gateway));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The ids on 破五未 (未开工) for Nanxun, all pages.</summary>
    private async Task<List<string>> StuckAsync(HttpClient gateway)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            using var response = await gateway.GetAsync($"/api/v1/projects/lists/Stuck?notYet=Started&district=nanxun&page={page}&pageSize=200", _cancellation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.ReadJsonAsync();
            ids.AddRange(body["items"]!.AsArray().Select(i => (string)i!["id"]!));
            if (page * 200 >= (int)body["total"]!)
            {
                return ids;
            }
        }
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
