using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Grpc.Core;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// The city-wide evaluations of 2024 on the demo world (600 enterprises with figures), through the gateway, REST and
/// gRPC: the grade and class counts add up to the enterprises evaluated, the lists agree with them, CSV holds the same rows.
/// Other tests may add enterprises to 2024, so the checks compare answers with each other rather than with fixed numbers.
/// </summary>
public sealed class EvaluationsThroughGateway(PlatformFixture platform)
{
    private const int Year = 2024;
    private const int DemoEnterprisesWithFigures = 600;

    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Carbon_grades_and_per_mu_classes_add_up_to_the_enterprises_evaluated_and_the_lists_agree()
    {
        using var gateway = platform.CreateGatewayClient();

        using var gradesResponse = await gateway.GetAsync($"/api/v1/evaluations/{Year}/carbon-grades", _cancellation);
        Assert.Equal(HttpStatusCode.OK, gradesResponse.StatusCode);
        var grades = await gradesResponse.ReadJsonAsync();
        using var classesResponse = await gateway.GetAsync($"/api/v1/evaluations/{Year}/per-mu-classes", _cancellation);
        var classes = await classesResponse.ReadJsonAsync();

        var graded = (int)grades["graded"]!;
        var evaluated = (int)classes["evaluated"]!;
        Assert.True(evaluated >= DemoEnterprisesWithFigures, $"{evaluated} enterprises evaluated");
        Assert.Equal(evaluated, graded + (int)grades["ungraded"]!);
        Assert.Equal(graded, Counts(grades["grades"]!).Sum());
        Assert.Equal(graded, grades["districts"]!.AsArray().Sum(d => (int)d!["graded"]!));
        Assert.Equal(graded, grades["industries"]!.AsArray().Sum(i => (int)i!["graded"]!));
        Assert.Equal(6, grades["districts"]!.AsArray().Count);
        var classCounts = Counts(classes["classes"]!);
        Assert.Equal(evaluated, classCounts.Sum());
        Assert.All(classCounts, c => Assert.True(c > 0, "the demo world has enterprises in every class"));
        Assert.Equal(evaluated, classes["districts"]!.AsArray().Sum(d => (int)d!["evaluated"]!));
        Assert.Equal(135m, (decimal)classes["thresholds"]!["minScoreA"]!);

        using var gradeFive = await gateway.GetAsync($"/api/v1/evaluations/{Year}/enterprises?carbonGrade=5&sort=-carbonRatio&pageSize=5", _cancellation);
        var gradeFivePage = await gradeFive.ReadJsonAsync();
        Assert.Equal(Counts(grades["grades"]!)[4], (int)gradeFivePage["totalCount"]!);
        var ratios = gradeFivePage["items"]!.AsArray().Select(i => (decimal)i!["carbonRatio"]!).ToList();
        Assert.Equal(ratios.OrderDescending(), ratios);
        Assert.All(ratios, r => Assert.True(r > 2.0m));

        using var classD = await gateway.GetAsync($"/api/v1/evaluations/{Year}/enterprises?perMuClass=d&pageSize=1", _cancellation);
        Assert.Equal(classCounts[3], (int)(await classD.ReadJsonAsync())["totalCount"]!);

        using var csv = await gateway.GetAsync($"/api/v1/evaluations/{Year}/enterprises?perMuClass=A&format=csv", _cancellation);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(_cancellation)).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("credit_code,name_zh,district_code", lines[0], StringComparison.Ordinal);
        Assert.Equal(classCounts[0], lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",A", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Grpc_answers_as_rest_does_and_refuses_an_unknown_sort_with_the_same_rule()
    {
        using var gateway = platform.CreateGatewayClient();
        var grpc = new EnterpriseEvaluations.EnterpriseEvaluationsClient(platform.CreateGatewayGrpcChannel());

        var grades = await grpc.GetCarbonGradeDistributionAsync(new GetCityEvaluationRequest { Year = Year }, cancellationToken: _cancellation);
        var classes = await grpc.GetPerMuClassDistributionAsync(new GetCityEvaluationRequest { Year = Year }, cancellationToken: _cancellation);
        var top = await grpc.ListEvaluatedEnterprisesAsync(
            new ListEvaluatedEnterprisesRequest { Year = Year, DistrictCode = "anji", Sort = "perMuRank", PageSize = 3 }, cancellationToken: _cancellation);
        using var restGrades = await gateway.GetAsync($"/api/v1/evaluations/{Year}/carbon-grades", _cancellation);
        var rest = await restGrades.ReadJsonAsync();

        Assert.Equal((int)rest["graded"]!, grades.Graded);
        Assert.Equal(Counts(rest["grades"]!), grades.Grades.Select(g => g.Count).ToList());
        Assert.Equal(classes.Evaluated, classes.Classes.Sum(c => c.Count));
        Assert.Equal(classes.Districts.Single(d => d.Code == "anji").Evaluated, top.TotalCount);
        Assert.Equal([1, 2, 3], top.Items.Select(i => i.PerMuDistrictRank));
        var first = top.Items[0];

        using var single = await gateway.GetAsync($"/api/v1/enterprises/{first.CreditCode}/evaluations/{Year}", _cancellation);
        var standing = (await single.ReadJsonAsync())["perMuStanding"]!;
        Assert.Equal(first.PerMuRank, (int)standing["rank"]!);
        Assert.Equal(first.PerMuClass, (string?)standing["class"]);
        Assert.Equal(classes.Evaluated, (int)standing["of"]!);

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await grpc.ListEvaluatedEnterprisesAsync(
            new ListEvaluatedEnterprisesRequest { Year = Year, Sort = "-profit" }, cancellationToken: _cancellation));
        using var restRefused = await gateway.GetAsync($"/api/v1/evaluations/{Year}/enterprises?sort=-profit", _cancellation);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal("sort.unknown", refused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
        Assert.Equal(HttpStatusCode.BadRequest, restRefused.StatusCode);
        Assert.Equal("sort.unknown", (string?)(await restRefused.ReadJsonAsync())["rule"]);
    }

    private static List<int> Counts(JsonNode counts) => [.. counts.AsArray().Select(c => (int)c!["count"]!)];
}
