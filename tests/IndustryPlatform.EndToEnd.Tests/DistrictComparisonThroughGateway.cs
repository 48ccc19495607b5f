using System.Net;
using Grpc.Core;
using IndustryPlatform.Contracts.Indicators.V1;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// 区县比较 through the gateway: the six districts on a section-一 indicator of the 2024 demo world, ranked, each against
/// its own plan where it has one, the same over REST and gRPC.
/// </summary>
public sealed class DistrictComparisonThroughGateway(PlatformFixture platform)
{
    private const string Indicator = "manufacturing-investment";
    private const string Year = "2024-12";

    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_six_districts_are_ranked_with_lights_where_their_own_plans_exist_over_REST_and_gRPC()
    {
        using var gateway = platform.CreateGatewayClient();

        var rest = await gateway.GetJsonAsync($"/api/v1/indicators/{Indicator}/districts?period={Year}");

        var rows = rest["districts"]!.AsArray();
        Assert.Equal(["wuxing", "changxing", "deqing", "nanxun", "anji", "nantaihu"], rows.Select(r => (string)r!["regionCode"]!));
        Assert.Equal([1, 2, 3, 4, 5, 6], rows.Select(r => (int)r!["rank"]!));
        Assert.Equal("吴兴区", (string?)rows[0]!["nameZh"]);
        // The seeded 2024 district plans (seeds/plan.json): four districts have one, two do not.
        var lights = rows.ToDictionary(r => (string)r!["regionCode"]!, r => (string?)r!["light"]);
        Assert.Equal(
            new Dictionary<string, string?> { ["wuxing"] = "Green", ["changxing"] = "Red", ["deqing"] = "Yellow", ["nanxun"] = null, ["anji"] = "Green", ["nantaihu"] = null },
            lights);
        Assert.All(rows.Where(r => r!["target"] is null), r => Assert.Null(r!["completionPercent"]));
        // A level: the districts add up to the city's 2024 figure, shares to 100%.
        Assert.Equal(703.08m, (decimal)rest["city"]!);
        Assert.Equal(100m, Math.Round(rows.Sum(r => (decimal)r!["shareOfCity"]!), 2));
        Assert.True((bool)rest["isDemo"]!);

        var grpc = new IndicatorFigures.IndicatorFiguresClient(platform.CreateGatewayGrpcChannel());
        var overGrpc = await grpc.CompareDistrictsAsync(new CompareDistrictsRequest { IndicatorCode = Indicator, Period = Year }, cancellationToken: _cancellation);
        Assert.Equal(
            rows.Select(r => ((string)r!["regionCode"]!, (int)r["rank"]!, (decimal)r["value"]!, (string?)r["light"] ?? "", (decimal?)r["target"])),
            overGrpc.Districts.Select(d => (d.RegionCode, d.Rank, (decimal)d.Value!.Value, d.Light, d.Target is { } t ? (decimal?)t : null)));
        Assert.Empty(overGrpc.Unranked);
    }

    [Fact]
    public async Task An_indicator_held_for_the_city_only_is_refused_with_its_rule_over_REST_and_gRPC()
    {
        using var gateway = platform.CreateGatewayClient();
        const string cityOnly = "stable-production-rewarded-enterprises";

        using var refused = await gateway.GetAsync($"/api/v1/indicators/{cityOnly}/districts?period=2024", _cancellation);
        var grpc = new IndicatorFigures.IndicatorFiguresClient(platform.CreateGatewayGrpcChannel());
        var grpcRefused = await Assert.ThrowsAsync<RpcException>(async () =>
            await grpc.CompareDistrictsAsync(new CompareDistrictsRequest { IndicatorCode = cityOnly, Period = "2024" }, cancellationToken: _cancellation));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("indicator.city-only", (string?)(await refused.ReadJsonAsync())["rule"]);
        Assert.Equal(StatusCode.NotFound, grpcRefused.StatusCode);
        Assert.Equal("indicator.city-only", grpcRefused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
    }
}
