using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Grpc.Core;
using IndustryPlatform.Contracts.Indicators.V1;
using IndustryPlatform.Indicators.Tests.Support;
using IndustryPlatform.Testing;
using static IndustryPlatform.Indicators.Tests.Support.Json;

namespace IndustryPlatform.Indicators.Tests.Integration;

/// <summary>年度计划: the city sets a target with a reason against the version it read; the next summary shows it; the history keeps every value.</summary>
[Collection(IndicatorsServiceCollection.Name)]
public sealed class AnnualPlanTargets(IndicatorsService service)
{
    private static readonly TestClient AnjiAdmin = new("district-anji-admin", "anji", ["read", "admin"]);
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    private static object Body(string indicator, string region, int year, decimal value, int expectedVersion, string? chain = null, string? reason = "2019年计划") =>
        new { indicatorCode = indicator, regionCode = region, chainCode = chain, year, value, reason, expectedVersion };

    private Task<HttpResponseMessage> PutAsync(HttpClient client, object body) => client.PutAsJsonAsync("/api/v1/plan/targets", body, _cancellation);

    [Fact]
    public async Task A_target_set_shows_in_the_next_summary_and_the_history_keeps_both_values()
    {
        using var city = service.CreateClient("city-bureau");
        using var submitted = await city.SubmitAsync(Row("manufacturing-investment", "changxing", "2019-06", 50m, "亿元", confirmed: true));
        Assert.Equal("Accepted", (await submitted.ReadJsonAsync()).Outcome(0));
        const string summary = "/api/v1/indicators/manufacturing-investment/summary?region=changxing&period=2019-06";
        await city.GetAsync(summary, _cancellation);
        using (var cached = await city.GetAsync(summary, _cancellation))
        {
            Assert.Equal("hit", cached.Headers.GetValues("X-Cache").Single());
            Assert.Null((decimal?)(await cached.ReadJsonAsync())["target"]);
        }

        using var first = await PutAsync(city, Body("manufacturing-investment", "changxing", 2019, 200m, 0, reason: "县区目标分解"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (int)(await first.ReadJsonAsync())["version"]!);

        var behind = await ReadSummaryAsync(city, summary);
        Assert.Equal((200m, 25m, "Red"), ((decimal)behind["target"]!, (decimal)behind["completionPercent"]!, (string?)behind["light"]));

        using var second = await PutAsync(city, Body("manufacturing-investment", "changxing", 2019, 90m, 1, reason: "年中调整"));
        Assert.Equal(2, (int)(await second.ReadJsonAsync())["version"]!);
        var ahead = await ReadSummaryAsync(city, summary);
        Assert.Equal((90m, "Green"), ((decimal)ahead["target"]!, (string?)ahead["light"]));

        using var history = await city.GetAsync("/api/v1/plan/targets/history?year=2019&indicator=manufacturing-investment&region=changxing", _cancellation);
        var changes = (await history.ReadJsonAsync()).AsArray();
        Assert.Equal([(1, 200m, (decimal?)null, "县区目标分解"), (2, 90m, 200m, "年中调整")],
            changes.Select(c => ((int)c!["version"]!, (decimal)c["value"]!, (decimal?)c["previousValue"], (string)c["reason"]!)));
        Assert.All(changes, c => Assert.Equal("city-bureau", (string?)c!["setBy"]));

        using var listed = await city.GetAsync("/api/v1/plan/targets?year=2019&indicator=manufacturing-investment&region=changxing", _cancellation);
        var target = Assert.Single((await listed.ReadJsonAsync()).AsArray())!;
        Assert.Equal((90m, 2, "年中调整"), ((decimal)target["value"]!, (int)target["version"]!, (string)target["reason"]!));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_nothing_is_stored()
    {
        using var city = service.CreateClient("city-bureau");
        using var first = await PutAsync(city, Body("fixed-asset-investment", "nanxun", 2018, 120m, 0));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var stale = await PutAsync(city, Body("fixed-asset-investment", "nanxun", 2018, 130m, 0));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("plan.version-conflict", (string?)(await stale.ReadJsonAsync())["rule"]);

        using var listed = await city.GetAsync("/api/v1/plan/targets?year=2018&indicator=fixed-asset-investment&region=nanxun", _cancellation);
        Assert.Equal(120m, (decimal)Assert.Single((await listed.ReadJsonAsync()).AsArray())!["value"]!);
    }

    [Fact]
    public async Task Broken_rules_are_named_and_a_field_left_out_is_refused()
    {
        using var city = service.CreateClient("city-bureau");
        using var broken = await PutAsync(city, Body("nonsense", "hangzhou", 2019, -3m, 0, reason: " "));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var rules = (await broken.ReadJsonAsync())["errors"]!.AsArray().Select(e => (string?)e!["rule"]).ToList();
        Assert.Equal(["plan.indicator-unknown", "plan.region-unknown", "plan.reason-required"], rules);

        using var missing = await city.PutAsJsonAsync("/api/v1/plan/targets",
            new { indicatorCode = "fixed-asset-investment", regionCode = "huzhou", chainCode = (string?)null, year = 2019, value = 1m, expectedVersion = 0 }, _cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("request.field-missing", (string?)(await missing.ReadJsonAsync())["rule"]);
    }

    [Fact]
    public async Task A_district_cannot_set_a_target_over_rest_or_grpc_even_with_the_admin_role()
    {
        using var anji = service.CreateClient(AnjiAdmin);
        using var rest = await PutAsync(anji, Body("fixed-asset-investment", "anji", 2019, 10m, 0));
        Assert.Equal(HttpStatusCode.Forbidden, rest.StatusCode);
        Assert.Equal("region.not-yours", (string?)(await rest.ReadJsonAsync())["rule"]);

        using var channel = service.CreateGrpcChannel(AnjiAdmin);
        var refused = await Assert.ThrowsAsync<RpcException>(() => new AnnualPlan.AnnualPlanClient(channel).SetPlanTargetAsync(new SetPlanTargetRequest
        {
            IndicatorCode = "fixed-asset-investment", RegionCode = "anji", Year = 2019, Value = 10, Reason = "自定", ExpectedVersion = 0,
        }, cancellationToken: _cancellation).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Equal("region.not-yours", refused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);

        using var plainDistrict = service.CreateClient("anji");
        using var noRole = await PutAsync(plainDistrict, Body("fixed-asset-investment", "anji", 2019, 10m, 0));
        Assert.Equal(HttpStatusCode.Forbidden, noRole.StatusCode);

        using var city = service.CreateClient("city-bureau");
        using var listed = await city.GetAsync("/api/v1/plan/targets?year=2019&indicator=fixed-asset-investment&region=anji", _cancellation);
        Assert.Empty((await listed.ReadJsonAsync()).AsArray());
    }

    [Fact]
    public async Task Over_grpc_the_city_sets_a_chain_s_target_and_lists_it_beside_the_city_s_own()
    {
        using var channel = service.CreateGrpcChannel(TestTokens.City);
        var plan = new AnnualPlan.AnnualPlanClient(channel);
        var set = await plan.SetPlanTargetAsync(new SetPlanTargetRequest
        {
            IndicatorCode = "major-projects-started", RegionCode = "huzhou", ChainCode = "nev", Year = 2017, Value = 40, Reason = "链长制目标", ExpectedVersion = 0,
        }, cancellationToken: _cancellation);
        Assert.Equal(("nev", 1, "city-bureau"), (set.ChainCode, set.Version, set.SetBy));
        await plan.SetPlanTargetAsync(new SetPlanTargetRequest
        {
            IndicatorCode = "major-projects-started", RegionCode = "huzhou", Year = 2017, Value = 200, Reason = "全市目标", ExpectedVersion = 0,
        }, cancellationToken: _cancellation);

        var listed = await plan.ListPlanTargetsAsync(new ListPlanTargetsRequest { Year = 2017, IndicatorCode = "major-projects-started" }, cancellationToken: _cancellation);
        Assert.Equal([("", 200d), ("nev", 40d)], listed.Targets.Select(t => (t.ChainCode, t.Value)));

        var notCounted = await Assert.ThrowsAsync<RpcException>(() => plan.SetPlanTargetAsync(new SetPlanTargetRequest
        {
            IndicatorCode = "fixed-asset-investment", RegionCode = "huzhou", ChainCode = "nev", Year = 2017, Value = 1, Reason = "x", ExpectedVersion = 0,
        }, cancellationToken: _cancellation).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, notCounted.StatusCode);
        Assert.Equal("plan.chain-not-counted", notCounted.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);

        var history = await plan.ListPlanHistoryAsync(new ListPlanTargetsRequest { Year = 2017, IndicatorCode = "major-projects-started", ChainCode = "nev" }, cancellationToken: _cancellation);
        Assert.Equal("链长制目标", Assert.Single(history.Changes).Reason);
    }

    [Fact]
    public async Task A_year_s_yellow_tolerance_set_in_the_plan_lights_the_next_summary_with_it()
    {
        using var city = service.CreateClient("city-bureau");
        using var submitted = await city.SubmitAsync(Row("upgrade-investment", "wuxing", "2020-06", 45m, "亿元", confirmed: true));
        Assert.Equal("Accepted", (await submitted.ReadJsonAsync()).Outcome(0));
        using var target = await PutAsync(city, Body("upgrade-investment", "wuxing", 2020, 100m, 0));
        const string summary = "/api/v1/indicators/upgrade-investment/summary?region=wuxing&period=2020-06";
        Assert.Equal("Yellow", (string?)(await ReadSummaryAsync(city, summary))["light"]);

        using var defaults = await city.GetAsync("/api/v1/plan/thresholds?year=2020", _cancellation);
        var read = await defaults.ReadJsonAsync();
        Assert.Equal((10m, 15, 60, 0, true), ((decimal)read["indicatorYellowTolerance"]!, (int)read["projectYellowAfterDays"]!, (int)read["projectRedAfterDays"]!, (int)read["version"]!, (bool)read["isDefault"]!));

        using var set = await city.PutAsJsonAsync("/api/v1/plan/thresholds", new
        {
            year = 2020, indicatorYellowTolerance = 4m, projectYellowAfterDays = 10, projectRedAfterDays = 45, reason = "从严亮灯", expectedVersion = 0,
        }, _cancellation);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("Red", (string?)(await ReadSummaryAsync(city, summary))["light"]);

        using var anji = service.CreateClient(AnjiAdmin);
        using var refused = await anji.PutAsJsonAsync("/api/v1/plan/thresholds", new
        {
            year = 2020, indicatorYellowTolerance = 20m, projectYellowAfterDays = 10, projectRedAfterDays = 45, reason = "放宽", expectedVersion = 1,
        }, _cancellation);
        Assert.Equal("region.not-yours", (string?)(await refused.ReadJsonAsync())["rule"]);

        using var channel = service.CreateGrpcChannel(TestTokens.City);
        var history = await new AnnualPlan.AnnualPlanClient(channel).ListLightThresholdsHistoryAsync(new GetLightThresholdsRequest { Year = 2020 }, cancellationToken: _cancellation);
        Assert.Equal((4d, 1, "从严亮灯", "city-bureau"), (Assert.Single(history.Changes).IndicatorYellowTolerance, history.Changes[0].Version, history.Changes[0].Reason, history.Changes[0].SetBy));
    }

    private async Task<JsonNode> ReadSummaryAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, _cancellation);
        Assert.Equal("miss", response.Headers.GetValues("X-Cache").Single());
        return await response.ReadJsonAsync();
    }
}
