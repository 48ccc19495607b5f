using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IndustryPlatform.Contracts.Projects.V1;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// "Register → advance to 上规 → the enterprise is above-scale": a district system registers an enterprise and a project
/// for it through the gateway, records each stage with past dates, and Enterprises, told by Projects' events, counts the
/// enterprise as 规上 for the year the project reached 上规. The year's project statistics, over REST and gRPC, count it.
/// The project lives in 2016–2017, years no other test and no demo project uses, so the counts can be compared exactly.
/// </summary>
public sealed class ProjectAboveScaleThroughGateway(PlatformFixture platform)
{
    private const int FiledYear = 2016;
    private const int AboveScaleYear = 2017;
    private const string District = "anji";
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(45);
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_project_reaching_above_scale_makes_its_enterprise_above_scale_for_that_year_and_counts_in_the_statistics()
    {
        using var gateway = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        var name = $"湖州上规测试{code}有限公司";
        using (var enterprise = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code, name)))
        {
            Assert.Equal(HttpStatusCode.Created, enterprise.StatusCode);
        }

        await new ProjectsReadModel(await platform.GetConnectionStringAsync("projectsdb")).WaitForVersionAsync(code, 1, _cancellation);
        Assert.Equal(0, await AboveScaleCountAsync(gateway, name, AboveScaleYear));
        var before = await DistrictRowAsync(gateway, FiledYear);

        using var registered = await gateway.PostAsJsonAsync("/api/v1/projects", new
        {
            name = "年产5万套智能物流装备扩产项目",
            enterpriseCreditCode = code,
            districtCode = District,
            chainCode = "smart-logistics",
            kind = "NewManufacturing",
            origin = "NewlyIntroduced",
            totalInvestmentYi = 3.2m,
            equipmentInvestmentShare = 55m,
            filedOn = "2016-03-01",
            plannedStartOn = "2016-05-01",
            plannedCompletionOn = "2016-12-31",
            plannedProductionOn = "2017-03-31",
            plannedAboveScaleOn = "2017-09-30",
            plannedAtCapacityOn = "2018-06-30",
        }, _cancellation);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var project = await registered.ReadJsonAsync();
        var id = (string)project["id"]!;
        var version = (int)project["version"]!;

        foreach (var (stage, date) in new[] { ("Started", "2016-05-10"), ("Completed", "2016-12-20"), ("InProduction", "2017-03-15") })
        {
            version = await AdvanceAsync(gateway, id, version, stage, date);
        }

        // In production is not yet above scale: nothing may have marked the enterprise.
        Assert.Equal(0, await AboveScaleCountAsync(gateway, name, AboveScaleYear));
        await AdvanceAsync(gateway, id, version, "AboveScale", "2017-09-01");

        var found = await WaitForAboveScaleAsync(gateway, name, AboveScaleYear);
        Assert.Equal(code, (string?)found["creditCode"]);
        Assert.Equal(0, await AboveScaleCountAsync(gateway, name, FiledYear));

        var after = await DistrictRowAsync(gateway, FiledYear);
        Assert.Equal(Count(before, "filed") + 1, Count(after, "filed"));
        Assert.Equal(Count(before, "started") + 1, Count(after, "started"));
        Assert.Equal(Count(before, "completed") + 1, Count(after, "completed"));
        Assert.Equal(Count(before, "inProduction"), Count(after, "inProduction"));
        Assert.Equal((int)before["startRate"]!["plannedToStart"]! + 1, (int)after["startRate"]!["plannedToStart"]!);

        var client = new ProjectLifecycle.ProjectLifecycleClient(platform.CreateGatewayGrpcChannel());
        var overGrpc = await client.GetProjectStatisticsAsync(
            new GetProjectStatisticsRequest { Year = FiledYear, By = StatisticsBy.District }, cancellationToken: _cancellation);
        var row = overGrpc.Rows.Single(r => r.Code == District);
        Assert.Equal((Count(after, "filed"), Count(after, "started"), Count(after, "completed")),
            (row.Filed.Count, row.Started.Count, row.Completed.Count));
        Assert.Equal((double)after["filed"]!["investmentYi"]!, row.Filed.InvestmentYi, 4);
        Assert.False(row.Filed.HasTarget);
    }

    [Fact]
    public async Task Statistics_refuse_a_bad_year_or_grouping_naming_field_and_rule_and_are_not_read_as_a_project_id()
    {
        using var gateway = platform.CreateGatewayClient();

        foreach (var (query, field, rule) in new[]
        {
            ("year=20x4&by=chain", "year", "year.format"),
            ("year=1999&by=chain", "year", "year.out-of-range"),
            ("year=2024&by=county", "by", "grouping.unknown"),
            ("by=district", "year", "year.required"),
        })
        {
            using var refused = await gateway.GetAsync($"/api/v1/projects/statistics?{query}", _cancellation);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var error = (await refused.ReadJsonAsync())["errors"]!.AsArray().Single()!;
            Assert.Equal((field, rule), ((string?)error["field"], (string?)error["rule"]));
        }

        using var answered = await gateway.GetAsync("/api/v1/projects/statistics?year=2024&by=chain", _cancellation);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var statistics = await answered.ReadJsonAsync();
        Assert.Equal(("Chain", "huzhou"), ((string?)statistics["by"], (string?)statistics["cityTotal"]!["code"]));
        var nev = statistics["rows"]!.AsArray().Single(r => (string?)r!["code"] == "nev")!;
        Assert.Equal(28, (int?)nev["filed"]!["target"]);
        // One shape over REST and gRPC: a row's fields are the proto's StatisticsRow fields, in JSON spelling.
        var protoFields = IndustryPlatform.Contracts.Projects.V1.StatisticsRow.Descriptor.Fields.InFieldNumberOrder().Select(f => f.JsonName).Order(StringComparer.Ordinal);
        Assert.Equal(protoFields, nev.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    private async Task<int> AdvanceAsync(HttpClient gateway, string id, int version, string stage, string reachedOn)
    {
        using var advanced = await gateway.PostAsJsonAsync($"/api/v1/projects/{id}/advance",
            new { expectedVersion = version, stage, reachedOn }, _cancellation);
        Assert.Equal(HttpStatusCode.OK, advanced.StatusCode);
        var body = await advanced.ReadJsonAsync();
        Assert.Equal(stage, (string?)body["stage"]);
        return (int)body["version"]!;
    }

    private async Task<int> AboveScaleCountAsync(HttpClient gateway, string name, int year)
    {
        using var response = await gateway.GetAsync(
            $"/api/v1/enterprises?aboveScale=true&aboveScaleYear={year}&name={Uri.EscapeDataString(name)}", _cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (int)(await response.ReadJsonAsync())["totalCount"]!;
    }

    /// <summary>The 上规 event travels Projects' outbox → RabbitMQ → Enterprises' consumer: wait (bounded) for it to apply.</summary>
    private async Task<JsonNode> WaitForAboveScaleAsync(HttpClient gateway, string name, int year)
    {
        var deadline = DateTime.UtcNow + EventTimeout;
        while (true)
        {
            using var response = await gateway.GetAsync(
                $"/api/v1/enterprises?aboveScale=true&aboveScaleYear={year}&name={Uri.EscapeDataString(name)}", _cancellation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = (await response.ReadJsonAsync())["items"]!.AsArray();
            if (items.Count > 0)
            {
                return Assert.Single(items)!;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{name} was not above-scale for {year} in Enterprises within {EventTimeout.TotalSeconds} s.");
            }

            await Task.Delay(250, _cancellation);
        }
    }

    private async Task<JsonNode> DistrictRowAsync(HttpClient gateway, int year)
    {
        using var response = await gateway.GetAsync($"/api/v1/projects/statistics?year={year}&by=district", _cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync())["rows"]!.AsArray().Single(r => (string?)r!["code"] == District)!;
    }

    private static int Count(JsonNode row, string stage) => (int)row[stage]!["count"]!;
}
