using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Grpc.Core;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// The tier ladder as the bureau uses it through the gateway: figures in → evaluation → the yearly run proposes a
/// candidate → a person certifies → the pyramid counts one more.
/// </summary>
public sealed class TierLadderThroughGateway(PlatformFixture platform)
{
    // Candidacies and certifications are judged against today, so the scenario happens this year (Huzhou time).
    private static readonly int Year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;

    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    private static object SrdiFigures(decimal rdSpend = 300m) => new
    {
        mainBusinessRevenue = 8_000m,
        taxesPaidInCity = 400m,
        industrialInvestment = 600m,
        rdSpend,
        employees = 120,
        landMu = 35m,
        energyTce = 900m,
        co2Tonnes = 800m,
        valueAdded = 2_000m,
    };

    [Fact]
    public async Task Figures_in_evaluation_candidate_certified_and_the_pyramid_counts_one_more()
    {
        using var gateway = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        using (var registered = await gateway.RegisterAsync(new
        {
            creditCode = code, nameZh = "湖州梯度培育测试科技有限公司", districtCode = "deqing", industryCode = "C3841", chainCode = "nev", foundedOn = "2015-04-01",
        }))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        using var figures = await gateway.PutAsJsonAsync($"/api/v1/enterprises/{code}/figures/{Year}", SrdiFigures(), _cancellation);
        Assert.Equal(HttpStatusCode.OK, figures.StatusCode);
        var recorded = await figures.ReadJsonAsync();
        Assert.True((bool?)recorded["aboveScale"]);
        Assert.False((bool?)recorded["isDemo"]);

        using var evaluated = await gateway.GetAsync($"/api/v1/enterprises/{code}/evaluations/{Year}", _cancellation);
        Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        var evaluation = await evaluated.ReadJsonAsync();
        var tiers = evaluation["tiers"]!.AsArray();
        Assert.True((bool?)Tier(tiers, "provincial-srdi")["met"]);
        var elephant = Tier(tiers, "golden-elephant");
        Assert.False((bool?)elephant["met"]);
        Assert.Contains(elephant["criteria"]![0]!["findings"]!.AsArray(), f => ((string?)f)!.Contains("taxes 400万 < 3亿 required", StringComparison.Ordinal));
        Assert.InRange((int)evaluation["carbonEfficiency"]!["grade"]!, 1, 5);
        Assert.True((decimal)evaluation["perMuEfficiency"]!["score"]! > 0);

        var before = await SrdiInDeqingAsync(gateway);

        using var run = await gateway.PostAsJsonAsync("/api/v1/tiers/candidate-runs", new { year = Year }, _cancellation);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var proposed = (await run.ReadJsonAsync())["proposed"]!.AsArray();
        Assert.Contains(proposed, p => (string?)p!["creditCode"] == code && (string?)p["tierCode"] == "provincial-srdi");

        using var pool = await gateway.GetAsync($"/api/v1/tiers/candidates?year={Year}&tier=provincial-srdi&district=deqing", _cancellation);
        Assert.Contains((await pool.ReadJsonArrayAsync()), c => (string?)c!["creditCode"] == code);

        using var certified = await gateway.PostAsJsonAsync("/api/v1/tiers/certify",
            new { creditCode = code, tierCode = "provincial-srdi", year = Year }, _cancellation);
        Assert.Equal(HttpStatusCode.OK, certified.StatusCode);
        Assert.Equal("Certified", (string?)(await certified.ReadJsonAsync())["status"]);

        var after = await SrdiInDeqingAsync(gateway);
        Assert.Equal(before.NewThisYear + 1, after.NewThisYear);
        Assert.Equal(before.Cumulative + 1, after.Cumulative);
        Assert.Equal("miss", after.Cache);

        using var again = await gateway.PostAsJsonAsync("/api/v1/tiers/certify",
            new { creditCode = code, tierCode = "provincial-srdi", year = Year }, _cancellation);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Refused_figures_are_a_400_naming_each_field_and_rule()
    {
        using var gateway = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        using (var registered = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code)))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        using var refused = await gateway.PutAsJsonAsync($"/api/v1/enterprises/{code}/figures/{Year + 1}", SrdiFigures(rdSpend: 9_000m), _cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.ReadJsonAsync())["errors"]!.AsArray().Select(e => ((string?)e!["field"], (string?)e["rule"])).ToList();
        Assert.Contains(("year", "figures.year-in-future"), errors);
        Assert.Contains(("rdSpend", "rd-spend.exceeds-revenue"), errors);

        using var read = await gateway.GetAsync($"/api/v1/enterprises/{code}/figures/{Year + 1}", _cancellation);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task The_ladder_answers_over_grpc_through_the_gateway()
    {
        var channel = platform.CreateGatewayGrpcChannel();
        var ladder = new TierLadder.TierLadderClient(channel);

        var catalogue = await ladder.ListTiersAsync(new ListTiersRequest(), cancellationToken: _cancellation);
        var pyramid = await ladder.GetPyramidAsync(new GetPyramidRequest { Year = 2024 }, cancellationToken: _cancellation);
        var unknownTier = await Assert.ThrowsAsync<RpcException>(() => ladder.ProposeCandidateAsync(new ProposeCandidateRequest
        {
            Record = new TierRecordKey { CreditCode = TestCreditCodes.NewValid(), TierCode = "golden-dragon", Year = 2024 },
            ProposedBy = "e2e",
        }, cancellationToken: _cancellation).ResponseAsync);

        Assert.Equal(13, catalogue.Tiers.Count);
        Assert.Equal(2_000, catalogue.AboveScaleMinRevenue);
        // The demo data set: seven Eagles in all by 2024, three of them new that year.
        var eagle = pyramid.Tiers.Single(t => t.TierCode == "eagle");
        Assert.True(eagle.Cumulative >= 7, $"{eagle.Cumulative} eagles");
        Assert.True(pyramid.Tiers.Single(t => t.TierCode == "golden-elephant").Cumulative > 0);
        Assert.Equal(StatusCode.InvalidArgument, unknownTier.StatusCode);
    }

    private static JsonObject Tier(JsonArray tiers, string code) =>
        tiers.Single(t => (string?)t!["tierCode"] == code)!.AsObject();

    private async Task<(int NewThisYear, int Cumulative, string? Cache)> SrdiInDeqingAsync(HttpClient gateway)
    {
        using var response = await gateway.GetAsync($"/api/v1/tiers/pyramid?year={Year}", _cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tier = Tier((await response.ReadJsonAsync())["tiers"]!.AsArray(), "provincial-srdi");
        var deqing = tier["districts"]!.AsArray().SingleOrDefault(d => (string?)d!["districtCode"] == "deqing");
        return deqing is null
            ? (0, 0, response.Header("X-Cache"))
            : ((int)deqing["newThisYear"]!, (int)deqing["cumulative"]!, response.Header("X-Cache"));
    }
}
