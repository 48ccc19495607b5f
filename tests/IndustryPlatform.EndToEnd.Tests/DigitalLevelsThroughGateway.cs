using System.Net;
using System.Net.Http.Json;
using Grpc.Core;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>数字化改造 levels through the gateway: the demo world's 2024 coverage over REST and gRPC, and a district's writes.</summary>
public sealed class DigitalLevelsThroughGateway(PlatformFixture platform)
{
    private const string Wuxing = "district-wuxing";

    /// <summary>Above scale in the demo figures of 2024, every one at 1.0 by the year's end, 130 of them at 2.0.</summary>
    private const int DemoAboveScale2024 = 551;

    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_world_s_2024_coverage_adds_up_and_reads_the_same_over_rest_and_grpc()
    {
        using var gateway = platform.CreateGatewayClient();
        using var response = await gateway.GetAsync("/api/v1/evaluations/2024/digital-coverage", _cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rest = await response.ReadJsonAsync();
        var grpc = await new EnterpriseEvaluations.EnterpriseEvaluationsClient(platform.CreateGatewayGrpcChannel())
            .GetDigitalCoverageAsync(new GetCityEvaluationRequest { Year = 2024 }, cancellationToken: _cancellation);

        var city = rest["city"]!;
        Assert.Equal((int)city["aboveScale"]!, grpc.City.AboveScale);
        Assert.Equal((int)city["atLevel1OrAbove"]!, grpc.City.AtLevel1OrAbove);
        Assert.Equal((int)city["atLevel2"]!, grpc.City.AtLevel2);
        Assert.True(grpc.City.AboveScale >= DemoAboveScale2024, $"{grpc.City.AboveScale} above scale");
        Assert.True(grpc.City.AtLevel1OrAbove >= DemoAboveScale2024, $"{grpc.City.AtLevel1OrAbove} at 1.0");
        Assert.InRange(grpc.City.AtLevel2, 100, grpc.City.AtLevel1OrAbove - 1);
        Assert.Equal(grpc.City.AboveScale, grpc.Districts.Sum(d => d.AboveScale));
        Assert.Equal(grpc.City.AtLevel1OrAbove, grpc.Districts.Sum(d => d.AtLevel1OrAbove));
        Assert.Equal(grpc.City.AtLevel2, grpc.Industries.Sum(i => i.AtLevel2));
        Assert.Equal(Math.Round((double)grpc.City.AtLevel1OrAbove / grpc.City.AboveScale, 4), grpc.City.Level1Coverage, 4);
    }

    [Fact]
    public async Task A_district_records_levels_for_its_own_enterprises_only_with_the_same_rule_over_rest_and_grpc()
    {
        using var city = platform.CreateGatewayClient();
        using var wuxing = platform.CreateGatewayClient(Wuxing);
        var anji = TestCreditCodes.NewValid();
        var own = TestCreditCodes.NewValid();
        using (var registered = await city.RegisterAsync(new
        {
            creditCode = anji, nameZh = "湖州数改测试安吉有限公司", districtCode = "anji", industryCode = "C3841", chainCode = "nev", foundedOn = "2016-03-01",
        }))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        using (var registered = await wuxing.RegisterAsync(new
        {
            creditCode = own, nameZh = "湖州数改测试吴兴有限公司", districtCode = "wuxing", industryCode = "C3841", chainCode = "nev", foundedOn = "2016-03-01",
        }))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        var level = new { level = "1.0", reachedOn = "2024-09-30", evidence = "吴兴区数字化改造诊断报告 2024-088" };
        using var foreign = await wuxing.PostAsJsonAsync($"/api/v1/enterprises/{anji}/digital-levels", level, _cancellation);
        var grpcRefused = await Assert.ThrowsAsync<RpcException>(async () => await new EnterpriseEvaluations.EnterpriseEvaluationsClient(platform.CreateGatewayGrpcChannel(Wuxing))
            .RecordDigitalLevelAsync(new RecordDigitalLevelRequest { CreditCode = anji, Level = "1.0", ReachedOn = "2024-09-30", Evidence = "吴兴区诊断" },
                cancellationToken: _cancellation));
        using var recorded = await wuxing.PostAsJsonAsync($"/api/v1/enterprises/{own}/digital-levels", level, _cancellation);
        using var anjiLevels = await city.GetAsync($"/api/v1/enterprises/{anji}/digital-levels", _cancellation);
        using var ownLevels = await city.GetAsync($"/api/v1/enterprises/{own}/digital-levels", _cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal("region.not-yours", (string?)(await foreign.ReadJsonAsync())["rule"]);
        Assert.Equal(StatusCode.PermissionDenied, grpcRefused.StatusCode);
        Assert.Equal("region.not-yours", grpcRefused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal("district-wuxing", (string?)(await recorded.ReadJsonAsync())["recordedBy"]);
        var anjiHistory = await anjiLevels.ReadJsonAsync();
        Assert.Equal("none", (string?)anjiHistory["current"]);
        Assert.Empty(anjiHistory["history"]!.AsArray());
        Assert.Equal("1.0", (string?)(await ownLevels.ReadJsonAsync())["current"]);
    }
}
