using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>What a district developer finds at the gateway without any credentials: the whole public API in one OpenAPI
/// document, and a page to try it — and the document tells the truth about how to get in.</summary>
public sealed class ApiDocumentationThroughGateway(PlatformFixture platform)
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_openapi_document_describes_every_service_s_public_routes_in_one_document()
    {
        var document = await ReadDocumentAsync();

        Assert.StartsWith("3.", (string?)document["openapi"]);
        Assert.Equal("IndustryPlatform API", (string?)document["info"]!["title"]);
        Assert.Equal("v1", (string?)document["info"]!["version"]);
        Assert.DoesNotContain("Incomplete", (string?)document["info"]!["description"]);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/enterprises", paths);
        Assert.Contains("/api/v1/enterprises/{creditCode}", paths);
        Assert.Contains("/api/v1/tiers/pyramid", paths);
        Assert.Contains("/api/v1/projects", paths);
        Assert.Contains("/api/v1/projects/{projectId}/advance", paths);
        Assert.Contains("/api/v1/indicators/observations:batch", paths);
        Assert.Contains("/api/v1/bulletin", paths);
        Assert.All(paths, p => Assert.True(p.StartsWith("/api/v1/", StringComparison.Ordinal) || p == "/api/v1" || p == "/connect/token", p));
        var tags = document["tags"]!.AsArray().Select(t => (string?)t!["name"]).ToList();
        Assert.All(new[] { "Authentication", "Enterprises", "Tiers", "Projects", "Indicators", "Bulletin" }, tag => Assert.Contains(tag, tags));
    }

    [Fact]
    public async Task A_refusal_is_documented_as_a_problem_naming_field_and_rule()
    {
        var document = await ReadDocumentAsync();

        var register = document["paths"]!["/api/v1/enterprises"]!["post"]!;
        Assert.False(string.IsNullOrWhiteSpace((string?)register["summary"]));
        var problem = register["responses"]!["400"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>();
        var schema = document["components"]!["schemas"]![problem.Split('/')[^1]]!;
        Assert.NotNull(schema["properties"]!["errors"]);
        Assert.NotNull(schema["properties"]!["rule"]);
        Assert.NotNull(document["paths"]!["/api/v1/projects/{projectId}/advance"]!["post"]!["responses"]!["409"]);
        Assert.NotNull(document["paths"]!["/api/v1/projects/{projectId}"]!["get"]!["responses"]!["404"]);
        Assert.NotNull(document["paths"]!["/api/v1/indicators/observations:batch"]!["post"]!["responses"]!["400"]);
        Assert.Contains(register["parameters"]!.AsArray(), p => (string?)p!["name"] == "Idempotency-Key");
    }

    [Theory]
    [InlineData("/api/v1/enterprises", "post", "creditCode,districtCode,industryCode,nameZh")]
    [InlineData("/api/v1/enterprises/{creditCode}", "put", "chainCode,districtCode,expectedVersion,foundedOn,industryCode,listing,nameEn,nameZh")]
    [InlineData("/api/v1/enterprises/{creditCode}/deactivate", "post", "expectedVersion,reason")]
    [InlineData("/api/v1/enterprises/{creditCode}/figures/{year}", "put",
        "co2Tonnes,employees,energyTce,industrialInvestment,landMu,mainBusinessRevenue,rdSpend,taxesPaidInCity,valueAdded")]
    [InlineData("/api/v1/tiers/certify", "post", "creditCode,tierCode,year")]
    [InlineData("/api/v1/projects", "post",
        "chainCode,districtCode,enterpriseCreditCode,filedOn,kind,name,plannedAboveScaleOn,plannedAtCapacityOn,plannedCompletionOn,plannedProductionOn,plannedStartOn,totalInvestmentYi")]
    [InlineData("/api/v1/projects/{projectId}/advance", "post", "expectedVersion,reachedOn,stage")]
    [InlineData("/api/v1/indicators/observations:batch", "post", "rows")]
    public async Task The_document_marks_required_exactly_the_body_fields_the_services_require(string path, string method, string required)
    {
        var document = await ReadDocumentAsync();

        var body = Resolve(document, document["paths"]![path]![method]!["requestBody"]!["content"]!["application/json"]!["schema"]!);

        Assert.Equal(required, string.Join(',', body["required"]!.AsArray().Select(r => (string?)r).Order(StringComparer.Ordinal)));
        if (path.EndsWith("observations:batch", StringComparison.Ordinal))
        {
            var row = Resolve(document, body["properties"]!["rows"]!["items"]!);
            Assert.Equal("indicatorCode,period,regionCode,unit,value", string.Join(',', row["required"]!.AsArray().Select(r => (string?)r).Order(StringComparer.Ordinal)));
        }
    }

    private static JsonNode Resolve(JsonNode document, JsonNode schema) =>
        schema["$ref"] is { } reference ? document["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]]! : schema;

    [Fact]
    public async Task The_document_s_token_url_gives_a_token_that_opens_a_documented_route()
    {
        var document = await ReadDocumentAsync();
        var scheme = document["components"]!["securitySchemes"]!["oauth2"]!;
        var tokenUrl = (string)scheme["flows"]!["clientCredentials"]!["tokenUrl"]!;
        Assert.EndsWith("/connect/token", tokenUrl);
        Assert.NotNull(document["security"]!.AsArray().Single()!["oauth2"]);
        Assert.Empty(document["paths"]!["/connect/token"]!["post"]!["security"]!.AsArray());
        Assert.Equal(platform.GatewayAddress.ToString().TrimEnd('/'), (string?)document["servers"]![0]!["url"]);

        using var anonymous = platform.CreateAnonymousGatewayClient();
        using var tokenResponse = await anonymous.PostAsync(tokenUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = PlatformFixture.CityBureau,
            ["client_secret"] = PlatformFixture.DevelopmentSecret(PlatformFixture.CityBureau),
        }), _cancellation);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var token = await tokenResponse.ReadJsonAsync();
        Assert.All(new[] { "access_token", "token_type", "expires_in" }, name => Assert.NotNull(token[name]));

        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tiers");
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["access_token"]!);
        using var tiers = await anonymous.SendAsync(read, _cancellation);
        Assert.Equal(HttpStatusCode.OK, tiers.StatusCode);
    }

    [Fact]
    public async Task The_interactive_page_is_served_without_a_token()
    {
        using var anonymous = platform.CreateAnonymousGatewayClient();

        using var page = await anonymous.GetAsync("/docs", _cancellation);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(_cancellation);
        Assert.Contains("IndustryPlatform API", html);
    }

    private async Task<JsonObject> ReadDocumentAsync()
    {
        using var anonymous = platform.CreateAnonymousGatewayClient();
        using var response = await anonymous.GetAsync("/openapi/v1.json", _cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.ReadJsonAsync();
    }
}
