using System.Net;
using System.Net.Http.Json;
using Grpc.Core;
using IndustryPlatform.Contracts.Indicators.V1;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// 年度计划 through the gateway: the city sets a 2025 target and the next summary shows its completion and light; the
/// history keeps both values; a district's system, even one given the admin role, is refused by the region rule.
/// Deqing's 数字经济核心产业制造业增加值 of 2025 is read by no other test.
/// </summary>
public sealed class AnnualPlanThroughGateway(PlatformFixture platform)
{
    private const string Indicator = "digital-core-manufacturing-va";
    private const string District = "deqing";
    private const int Year = 2025;
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_2025_target_set_by_the_city_moves_the_next_summary_s_completion_and_light_and_the_history_keeps_both()
    {
        using var city = platform.CreateGatewayClient("city-bureau");
        var submitted = await city.SubmitAsync(IndicatorRequests.Row(Indicator, District, "2025-06", 40m, "亿元", confirmed: true));
        Assert.Equal(1, (int?)submitted["accepted"]);
        var summary = $"/api/v1/indicators/{Indicator}/summary?region={District}&period=2025-06";
        await city.GetJsonAsync(summary);

        var version = await VersionAsync(city);
        var first = await SetAsync(city, 100m, version, "2025年县区目标分解（测试）");
        Assert.Equal(version + 1, (int)first["version"]!);
        var behind = await city.GetJsonAsync(summary);
        Assert.Equal((100m, 40m, "Red"), ((decimal)behind["target"]!, (decimal)behind["completionPercent"]!, (string?)behind["light"]));

        await SetAsync(city, 70m, version + 1, "年中调整（测试）");
        var ahead = await city.GetJsonAsync(summary);
        Assert.Equal((70m, "Green"), ((decimal)ahead["target"]!, (string?)ahead["light"]));
        Assert.Equal(57.1429m, (decimal)ahead["completionPercent"]!);

        var history = await city.GetJsonArrayAsync($"/api/v1/plan/targets/history?year={Year}&indicator={Indicator}&region={District}");
        Assert.Equal([(100m, "2025年县区目标分解（测试）"), (70m, "年中调整（测试）")],
            history.TakeLast(2).Select(c => ((decimal)c!["value"]!, (string)c["reason"]!)));
        Assert.Equal(100m, (decimal?)history[^1]!["previousValue"]);
        Assert.All(history.TakeLast(2), c => Assert.Equal("city-bureau", (string?)c!["setBy"]));
    }

    [Fact]
    public async Task A_district_cannot_set_a_target_over_rest_or_grpc_the_same_rule_refuses_both()
    {
        using var anji = platform.CreateGatewayClient(TestGatewayClients.DistrictAdmin);
        using var rest = await anji.PutAsJsonAsync("/api/v1/plan/targets", new
        {
            indicatorCode = Indicator, regionCode = "anji", chainCode = (string?)null, year = Year, value = 10m, reason = "区县自定", expectedVersion = 0,
        }, _cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, rest.StatusCode);
        Assert.Equal("region.not-yours", (string?)(await rest.ReadJsonAsync())["rule"]);

        using var channel = platform.CreateGatewayGrpcChannel(TestGatewayClients.DistrictAdmin);
        var refused = await Assert.ThrowsAsync<RpcException>(() => new AnnualPlan.AnnualPlanClient(channel).SetPlanTargetAsync(new SetPlanTargetRequest
        {
            IndicatorCode = Indicator, RegionCode = "anji", Year = Year, Value = 10, Reason = "区县自定", ExpectedVersion = 0,
        }, cancellationToken: _cancellation).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Equal("region.not-yours", refused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);

        // Every district reads the plan through the gateway.
        using var wuxing = platform.CreateGatewayClient("district-wuxing");
        var targets = await wuxing.GetJsonArrayAsync("/api/v1/plan/targets?year=2024&region=huzhou&indicator=major-projects-started");
        Assert.Equal(200m, (decimal)targets.Single(t => t!["chainCode"] is null)!["value"]!);
        Assert.Equal(8, targets.Count(t => t!["chainCode"] is not null));
    }

    private async Task<int> VersionAsync(HttpClient city)
    {
        var targets = await city.GetJsonArrayAsync($"/api/v1/plan/targets?year={Year}&indicator={Indicator}&region={District}");
        return targets.Count == 0 ? 0 : (int)targets[0]!["version"]!;
    }

    private async Task<System.Text.Json.Nodes.JsonObject> SetAsync(HttpClient city, decimal value, int expectedVersion, string reason)
    {
        using var response = await city.PutAsJsonAsync("/api/v1/plan/targets", new
        {
            indicatorCode = Indicator, regionCode = District, chainCode = (string?)null, year = Year, value, reason, expectedVersion,
        }, _cancellation);
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }
}
