using System.Net;
using System.Net.Http.Json;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>The foundation slice, as a district system uses it: register through the gateway, read back, see it reach Projects.</summary>
public sealed class EnterpriseRegistrationThroughGateway(PlatformFixture platform)
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rest_registration_is_read_back_and_the_second_read_comes_from_the_cache()
    {
        using var gateway = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();

        using var registered = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code));

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.EndsWith($"/api/v1/enterprises/{code}", registered.Headers.Location?.ToString());
        var created = await registered.ReadJsonAsync();
        Assert.Equal(code, (string?)created["creditCode"]);
        Assert.Equal(1, (int?)created["version"]);

        using var first = await gateway.GetAsync($"/api/v1/enterprises/{code}", _cancellation);
        using var second = await gateway.GetAsync($"/api/v1/enterprises/{code}", _cancellation);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("miss", first.Header("X-Cache"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("hit", second.Header("X-Cache"));
        var read = await second.ReadJsonAsync();
        Assert.Equal("湖州测试智能装备有限公司", (string?)read["nameZh"]);
        Assert.Equal("wuxing", (string?)read["districtCode"]);
        Assert.Equal("C3841", (string?)read["industryCode"]);
        Assert.Equal("nev", (string?)read["chainCode"]);
        Assert.Equal("2015-06-18", (string?)read["foundedOn"]);
    }

    [Fact]
    public async Task Grpc_registration_through_the_gateway_is_read_back()
    {
        var registry = new EnterpriseRegistry.EnterpriseRegistryClient(platform.CreateGatewayGrpcChannel());
        var code = TestCreditCodes.NewValid();

        var registered = await registry.RegisterEnterpriseAsync(new RegisterEnterpriseRequest
        {
            CreditCode = code,
            NameZh = "湖州测试新材料股份有限公司",
            DistrictCode = "changxing",
            IndustryCode = "C2653",
            ChainCode = "advanced-materials",
        }, cancellationToken: _cancellation);

        Assert.Equal(code, registered.CreditCode);
        Assert.Equal(1, registered.Version);

        var read = await registry.GetEnterpriseAsync(new GetEnterpriseRequest { CreditCode = code }, cancellationToken: _cancellation);
        Assert.Equal("湖州测试新材料股份有限公司", read.NameZh);
        Assert.Equal("changxing", read.DistrictCode);
        Assert.Equal("advanced-materials", read.ChainCode);
    }

    [Fact]
    public async Task A_registered_enterprise_arrives_in_the_projects_read_model()
    {
        using var gateway = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();

        using var registered = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code, "湖州物流装备测试有限公司"));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        var projects = new ProjectsReadModel(await platform.GetConnectionStringAsync("projectsdb"));
        var known = await projects.WaitForVersionAsync(code, 1, _cancellation);

        Assert.Equal("湖州物流装备测试有限公司", known.NameZh);
    }

    [Fact]
    public async Task A_change_drops_the_cached_entry_and_reaches_the_projects_read_model()
    {
        using var gateway = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        using var registered = await gateway.RegisterAsync(EnterpriseRequests.NewRegistration(code));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        (await gateway.GetAsync($"/api/v1/enterprises/{code}", _cancellation)).Dispose();
        using var cached = await gateway.GetAsync($"/api/v1/enterprises/{code}", _cancellation);
        Assert.Equal("hit", cached.Header("X-Cache"));

        using var changed = await gateway.PutAsJsonAsync($"/api/v1/enterprises/{code}", new
        {
            expectedVersion = 1,
            nameZh = "湖州测试智能装备集团有限公司",
            nameEn = "Huzhou Test Intelligent Equipment Group",
            districtCode = "nanxun",
            industryCode = "C3841",
            chainCode = "nev",
            foundedOn = "2015-06-18",
            listing = (object?)null,
        }, _cancellation);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        // A change that leaves fields out would erase them: it is refused, naming each, and nothing changes.
        using var partial = await gateway.PutAsJsonAsync($"/api/v1/enterprises/{code}", new
        {
            expectedVersion = 2, nameZh = "湖州测试智能装备集团有限公司", districtCode = "nanxun", industryCode = "C3841", chainCode = "nev",
        }, _cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        var missing = (await partial.ReadJsonAsync())["errors"]!.AsArray();
        Assert.Equal(["foundedOn", "listing", "nameEn"], missing.Select(e => (string?)e!["field"]).Order());
        Assert.All(missing, e => Assert.Equal("request.field-missing", (string?)e!["rule"]));

        using var afterChange = await gateway.GetAsync($"/api/v1/enterprises/{code}", _cancellation);
        Assert.Equal("miss", afterChange.Header("X-Cache"));
        var read = await afterChange.ReadJsonAsync();
        Assert.Equal("湖州测试智能装备集团有限公司", (string?)read["nameZh"]);
        Assert.Equal("nanxun", (string?)read["districtCode"]);
        Assert.Equal(2, (int?)read["version"]);
        Assert.Equal("Huzhou Test Intelligent Equipment Group", (string?)read["nameEn"]);
        Assert.Equal("2015-06-18", (string?)read["foundedOn"]);

        var projects = new ProjectsReadModel(await platform.GetConnectionStringAsync("projectsdb"));
        var known = await projects.WaitForVersionAsync(code, 2, _cancellation);
        Assert.Equal("湖州测试智能装备集团有限公司", known.NameZh);
    }
}
