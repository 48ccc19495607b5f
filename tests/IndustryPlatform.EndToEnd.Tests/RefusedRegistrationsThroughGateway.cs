using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Google.Rpc;
using Grpc.Core;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>Bad input gets a specific status naming the field and the rule, and nothing is stored.</summary>
public sealed class RefusedRegistrationsThroughGateway(PlatformFixture platform)
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_duplicate_rest_registration_is_a_409_problem()
    {
        using var gateway = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        using var first = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code, "另一家公司"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.ReadJsonAsync();
        Assert.Equal(409, (int?)problem["status"]);
        Assert.Contains(code, (string?)problem["detail"]);

        using var read = await gateway.GetAsync($"/api/v1/enterprises/{code}", _cancellation);
        Assert.Equal("湖州测试智能装备有限公司", (string?)(await read.ReadJsonAsync())["nameZh"]);
    }

    [Fact]
    public async Task A_duplicate_grpc_registration_is_already_exists()
    {
        var registry = new EnterpriseRegistry.EnterpriseRegistryClient(platform.CreateGatewayGrpcChannel());
        var request = new RegisterEnterpriseRequest
        {
            CreditCode = TestCreditCodes.NewValid(),
            NameZh = "湖州测试生物医药有限公司",
            DistrictCode = "deqing",
            IndustryCode = "C2710",
            ChainCode = "biomedicine",
        };
        await registry.RegisterEnterpriseAsync(request, cancellationToken: _cancellation);

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            registry.RegisterEnterpriseAsync(request, cancellationToken: _cancellation).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
    }

    [Fact]
    public async Task An_invalid_credit_code_is_a_400_naming_the_field_and_the_rule_and_nothing_is_stored()
    {
        using var gateway = platform.CreateGatewayClient();
        var code = TestCreditCodes.WithWrongCheckCharacter();

        using var refused = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.ReadJsonAsync();
        var error = Assert.Single(problem["errors"]!.AsArray());
        Assert.Equal("creditCode", (string?)error!["field"]);
        Assert.Contains("check", (string?)error["rule"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("check", (string?)problem["type"], StringComparison.OrdinalIgnoreCase);

        using var read = await gateway.GetAsync($"/api/v1/enterprises/{code}", _cancellation);
        Assert.True(read.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"got {read.StatusCode}");
    }

    [Fact]
    public async Task Several_bad_fields_are_all_named_at_once()
    {
        using var gateway = platform.CreateGatewayClient();

        using var refused = await gateway.RegisterAsync(new
        {
            creditCode = TestCreditCodes.NewValid(),
            nameZh = "",
            districtCode = "hangzhou",
            industryCode = "not-a-code",
            chainCode = "no-such-chain",
            foundedOn = "2999-01-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var fields = (await refused.ReadJsonAsync())["errors"]!.AsArray().Select(e => (string?)e!["field"]).ToHashSet();
        Assert.Superset(new HashSet<string?> { "nameZh", "districtCode", "industryCode", "chainCode", "foundedOn" }, fields);
    }

    [Fact]
    public async Task An_invalid_grpc_registration_is_invalid_argument_with_field_violations()
    {
        var registry = new EnterpriseRegistry.EnterpriseRegistryClient(platform.CreateGatewayGrpcChannel());

        var refused = await Assert.ThrowsAsync<RpcException>(() => registry.RegisterEnterpriseAsync(new RegisterEnterpriseRequest
        {
            CreditCode = "91330500MA2B3C4D5Z",
            NameZh = "湖州测试公司",
            DistrictCode = "anji",
            IndustryCode = "C2110",
        }, cancellationToken: _cancellation).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        var badRequest = refused.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Contains(badRequest.FieldViolations, v => v.Field is "credit_code" or "creditCode");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        using var gateway = platform.CreateGatewayClient();
        using var body = new StringContent("{\"creditCode\": \"9133", Encoding.UTF8, "application/json");

        using var refused = await gateway.PostAsync("/api/v1/enterprises", body, _cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var text = await refused.Content.ReadAsStringAsync(_cancellation);
        Assert.DoesNotContain("   at ", text);
        Assert.NotNull(JsonNode.Parse(text)?["title"]);
    }

    [Fact]
    public async Task An_unknown_enterprise_is_a_404_problem()
    {
        using var gateway = platform.CreateGatewayClient();

        using var response = await gateway.GetAsync($"/api/v1/enterprises/{TestCreditCodes.NewValid()}", _cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
