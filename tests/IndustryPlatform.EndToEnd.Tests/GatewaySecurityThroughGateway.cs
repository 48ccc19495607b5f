using Aspire.Hosting.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Grpc.Core;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>The gateway as the door district systems meet: tokens, roles, regions, limits, idempotent retries.</summary>
public sealed class GatewaySecurityThroughGateway(PlatformFixture platform)
{
    private const string Wuxing = "district-wuxing";
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_token_the_api_is_a_401_problem_and_grpc_is_unauthenticated()
    {
        using var anonymous = platform.CreateAnonymousGatewayClient();

        using var response = await anonymous.GetAsync("/api/v1/indicators", _cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var problem = await ProblemAsync(response);
        Assert.Equal("token.missing", (string?)problem["rule"]);

        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(platform.App.GetEndpoint(PlatformFixture.Gateway, "grpc"));
        var refused = await Assert.ThrowsAsync<RpcException>(() => new EnterpriseRegistry.EnterpriseRegistryClient(channel)
            .GetEnterpriseAsync(new GetEnterpriseRequest { CreditCode = TestCreditCodes.NewValid() }, cancellationToken: _cancellation).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Equal("A bearer access token is required: get one from the gateway's /connect/token with the client credentials grant.", refused.Status.Detail);
        Assert.Equal("token.missing", refused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
    }

    [Fact]
    public async Task A_token_issued_to_a_client_says_its_region_and_roles_and_a_wrong_secret_gets_none()
    {
        var token = await platform.GetAccessTokenAsync(Wuxing);
        var payload = JsonNode.Parse(Base64UrlDecode(token.Split('.')[1]))!;
        Assert.Equal("wuxing", (string?)payload["region"]);
        Assert.Equal(["read", "submit"], payload["role"]!.AsArray().Select(r => (string?)r).Order());
        Assert.True((long)payload["exp"]! - DateTimeOffset.UtcNow.ToUnixTimeSeconds() <= 600);
        // This stack's own audience, not the platform's shared default: another stack's services refuse it.
        var audience = payload["aud"] is JsonArray many ? (string?)Assert.Single(many) : (string?)payload["aud"];
        Assert.Matches("^industry-platform-[0-9a-f]{12}$", audience);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => platform.RequestTokenAsync(Wuxing, "not-the-secret"));
        Assert.Contains("invalid_client", refused.Message);
    }

    [Fact]
    public async Task An_altered_or_expired_token_is_a_401()
    {
        var token = await platform.GetAccessTokenAsync(Wuxing);
        var parts = token.Split('.');
        var claims = JsonNode.Parse(Base64UrlDecode(parts[1]))!.AsObject();
        claims["region"] = PlatformRegionCity;
        var altered = $"{parts[0]}.{Base64UrlEncode(claims.ToJsonString())}.{parts[2]}";
        using var anonymous = platform.CreateAnonymousGatewayClient();

        using var alteredResponse = await SendWithTokenAsync(anonymous, HttpMethod.Get, "/api/v1/indicators", altered);
        var shortLived = await platform.RequestTokenAsync(TestGatewayClients.ShortLived, TestGatewayClients.Secret);
        using var freshResponse = await SendWithTokenAsync(anonymous, HttpMethod.Get, "/api/v1/indicators", shortLived);
        await Task.Delay(TimeSpan.FromSeconds(TestGatewayClients.ShortLivedSeconds + 1.5), _cancellation);
        using var expiredResponse = await SendWithTokenAsync(anonymous, HttpMethod.Get, "/api/v1/indicators", shortLived);

        Assert.Equal(HttpStatusCode.Unauthorized, alteredResponse.StatusCode);
        Assert.Equal("token.invalid", (string?)(await ProblemAsync(alteredResponse))["rule"]);
        Assert.Equal(HttpStatusCode.OK, freshResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expiredResponse.StatusCode);
    }

    [Fact]
    public async Task A_district_writing_another_districts_data_is_refused_by_the_service_and_nothing_is_stored()
    {
        using var wuxing = platform.CreateGatewayClient(Wuxing);
        using var city = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();

        using var enterprise = await wuxing.PostAsJsonAsync("/api/v1/enterprises", Registration(code, "anji"), _cancellation);
        using var figures = await wuxing.PostAsJsonAsync("/api/v1/indicators/observations:batch", new
        {
            rows = new[] { new { indicatorCode = "industrial-value-added", regionCode = "anji", period = "2025-01", basis = "cumulative", value = 1m, unit = "亿元" } },
        }, _cancellation);
        using var csv = await wuxing.PostAsync("/api/v1/indicators/observations:csv", new StringContent(
            "indicator_code,region_code,period,basis,value,unit,confirmed\nindustrial-value-added,deqing,2025-01,cumulative,1,亿元,false\n",
            Encoding.UTF8, "text/csv"), _cancellation);

        foreach (var refused in new[] { enterprise, figures, csv })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var problem = await ProblemAsync(refused);
            Assert.Equal("region.not-yours", (string?)problem["rule"]);
            Assert.Contains("wuxing", (string?)problem["detail"]);
        }

        using var read = await city.GetAsync($"/api/v1/enterprises/{code}", _cancellation);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        using var own = await wuxing.PostAsJsonAsync("/api/v1/enterprises", Registration(code, "wuxing"), _cancellation);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task A_service_refuses_by_itself_what_reaches_it_past_the_gateway()
    {
        var code = TestCreditCodes.NewValid();
        using var directAnonymous = platform.CreateDirectServiceClient("enterprises", clientId: null);
        using var directWuxing = platform.CreateDirectServiceClient("enterprises", Wuxing);

        using var noToken = await directAnonymous.GetAsync($"/api/v1/enterprises/{code}", _cancellation);
        using var foreign = await directWuxing.PostAsJsonAsync("/api/v1/enterprises", Registration(code, "anji"), _cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal("region.not-yours", (string?)(await ProblemAsync(foreign))["rule"]);
        using var city = platform.CreateGatewayClient();
        using var read = await city.GetAsync($"/api/v1/enterprises/{code}", _cancellation);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task A_write_that_names_no_region_is_checked_by_the_service_against_the_records_district()
    {
        using var city = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        using (var registered = await city.PostAsJsonAsync("/api/v1/enterprises", Registration(code, "anji"), _cancellation))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        using var wuxing = platform.CreateGatewayClient(Wuxing);
        using var figures = await wuxing.PutAsJsonAsync($"/api/v1/enterprises/{code}/figures/2024", new
        {
            mainBusinessRevenue = 8_000m, taxesPaidInCity = 400m, industrialInvestment = 600m, rdSpend = 300m, employees = 120,
            landMu = 35m, energyTce = 900m, co2Tonnes = 800m, valueAdded = 2_000m,
        }, _cancellation);

        var problem = await ProblemAsync(figures);
        Assert.True("region.not-yours" == (string?)problem["rule"], problem.ToJsonString());
        Assert.Equal(HttpStatusCode.Forbidden, figures.StatusCode);
        using var stored = await city.GetAsync($"/api/v1/enterprises/{code}/figures/2024", _cancellation);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);

        var grpcRefused = await Assert.ThrowsAsync<RpcException>(() => new EnterpriseRegistry.EnterpriseRegistryClient(platform.CreateGatewayGrpcChannel(Wuxing))
            .RegisterEnterpriseAsync(new RegisterEnterpriseRequest
            {
                CreditCode = TestCreditCodes.NewValid(), NameZh = "湖州测试公司", DistrictCode = "anji", IndustryCode = "C3841", ChainCode = "nev",
            }, cancellationToken: _cancellation).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, grpcRefused.StatusCode);
    }

    [Fact]
    public async Task Roles_decide_what_a_client_may_do()
    {
        using var reader = platform.CreateGatewayClient("city-reader");
        using var wuxing = platform.CreateGatewayClient(Wuxing);

        using var read = await reader.GetAsync("/api/v1/indicators", _cancellation);
        using var write = await reader.PostAsJsonAsync("/api/v1/enterprises", Registration(TestCreditCodes.NewValid(), "wuxing"), _cancellation);
        using var certify = await wuxing.PostAsJsonAsync("/api/v1/tiers/certify", new { creditCode = TestCreditCodes.NewValid(), tierCode = "golden-bull", year = 2024 }, _cancellation);
        using var run = await wuxing.PostAsJsonAsync("/api/v1/tiers/candidate-runs", new { year = 2024 }, _cancellation);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        foreach (var (refused, role) in new[] { (write, "submit"), (certify, "certify"), (run, "admin") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var problem = await ProblemAsync(refused);
            Assert.Equal("role.missing", (string?)problem["rule"]);
            Assert.Contains($"'{role}'", (string?)problem["detail"]);
        }

        var grpcRefused = await Assert.ThrowsAsync<RpcException>(() => new TierLadder.TierLadderClient(platform.CreateGatewayGrpcChannel(Wuxing))
            .RunYearlyCandidatesAsync(new RunYearlyCandidatesRequest { Year = 2024 }, cancellationToken: _cancellation).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, grpcRefused.StatusCode);
        Assert.Equal("role.missing", grpcRefused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
        Assert.Contains("'admin'", grpcRefused.Status.Detail);
    }

    [Fact]
    public async Task Past_its_rate_limit_a_client_gets_429_with_retry_after()
    {
        var token = await platform.RequestTokenAsync(TestGatewayClients.Throttled, TestGatewayClients.Secret);
        using var client = platform.CreateAnonymousGatewayClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i <= TestGatewayClients.ThrottledPermits; i++)
        {
            last?.Dispose();
            last = await SendWithTokenAsync(client, HttpMethod.Get, "/api/v1/indicators", token);
            statuses.Add(last.StatusCode);
        }

        using var refused = last!;
        Assert.All(statuses.Take(TestGatewayClients.ThrottledPermits), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal("rate-limit.exceeded", (string?)(await ProblemAsync(refused))["rule"]);

        // Another client is not held back by this one's limit.
        using var other = platform.CreateGatewayClient("city-reader");
        using var allowed = await other.GetAsync("/api/v1/indicators", _cancellation);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_problem()
    {
        using var city = platform.CreateGatewayClient();
        var rows = Enumerable.Range(0, 30_000).Select(i => new { indicatorCode = "industrial-value-added", regionCode = "wuxing", period = "2025-01", basis = "cumulative", value = i, unit = "亿元" });

        using var response = await city.PostAsJsonAsync("/api/v1/indicators/observations:batch", new { rows }, _cancellation);

        Assert.Equal("request.too-large", (string?)(await ProblemAsync(response))["rule"]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_retried_post_with_the_same_idempotency_key_gets_the_first_answer_and_creates_once()
    {
        using var city = platform.CreateGatewayClient();
        var code = TestCreditCodes.NewValid();
        var key = Guid.NewGuid().ToString();

        using var first = await PostWithKeyAsync(city, key, Registration(code, "deqing"));
        using var retry = await PostWithKeyAsync(city, key, Registration(code, "deqing"));
        using var otherBody = await PostWithKeyAsync(city, key, Registration(TestCreditCodes.NewValid(), "deqing"));
        using var withoutKey = await city.PostAsJsonAsync("/api/v1/enterprises", Registration(code, "deqing"), _cancellation);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Header("Idempotency-Replayed"));
        Assert.Equal(await first.Content.ReadAsStringAsync(_cancellation), await retry.Content.ReadAsStringAsync(_cancellation));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.StatusCode);
        Assert.Equal("idempotency-key.reused", (string?)(await ProblemAsync(otherBody))["rule"]);
        // Only the first request reached the service: the record exists once, and a fresh registration is a duplicate.
        Assert.Equal(HttpStatusCode.Conflict, withoutKey.StatusCode);
        using var history = await city.GetAsync($"/api/v1/enterprises/{code}/history", _cancellation);
        Assert.Single((await history.Content.ReadFromJsonAsync<JsonArray>(_cancellation))!);
    }

    [Fact]
    public async Task Every_answer_carries_the_trace_id_the_client_sent_as_its_correlation_id()
    {
        using var city = platform.CreateGatewayClient();
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicators");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        using var response = await city.SendAsync(request, _cancellation);
        using var refused = await platform.CreateAnonymousGatewayClient().GetAsync("/api/v1/indicators", _cancellation);

        Assert.Equal(traceId, response.Header("X-Correlation-Id"));
        Assert.Equal(32, refused.Header("X-Correlation-Id")?.Length);
        Assert.Equal(refused.Header("X-Correlation-Id"), (string?)(await ProblemAsync(refused))["traceId"]);
    }

    private const string PlatformRegionCity = "huzhou";

    private static object Registration(string creditCode, string district) => new
    {
        creditCode,
        nameZh = "湖州测试门户安全有限公司",
        districtCode = district,
        industryCode = "C3841",
        chainCode = "nev",
        foundedOn = "2016-04-01",
    };

    private async Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/enterprises") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, _cancellation);
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(HttpClient client, HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, _cancellation);
    }

    private async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(_cancellation);
        Assert.DoesNotContain("   at ", text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static string Base64UrlDecode(string value) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(value.Replace('-', '+').Replace('_', '/').PadRight(value.Length + ((4 - (value.Length % 4)) % 4), '=')));

    private static string Base64UrlEncode(string value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
