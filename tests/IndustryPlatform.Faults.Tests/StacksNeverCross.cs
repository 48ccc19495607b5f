using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IndustryPlatform.EndToEnd.Tests;
using IndustryPlatform.Infrastructure.Tests;
using IndustryPlatform.Testing;

namespace IndustryPlatform.Faults.Tests;

/// <summary>
/// A test run beside scripts/run on one machine: two stacks, each with its own servers, services and gateway. Neither
/// gateway reaches the other's services, and neither stack accepts the other's tokens (each gateway issues under its
/// own address, and each service trusts only its own gateway).
/// </summary>
[Collection(OneFaultAtATime.Name)]
public sealed class StacksNeverCross(PlatformFixture platform)
{
    private static readonly TimeSpan HealthyWithin = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task A_stack_beside_scripts_run_keeps_its_data_its_services_and_its_tokens_to_itself()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var other = StackRun.Start(new Dictionary<string, string>(), "--Infrastructure:Ephemeral=true");
        await other.WaitUntilHealthyAsync(HealthyWithin, cancellation);
        using var otherGateway = new HttpClient { BaseAddress = new Uri($"http://localhost:{other.GatewayHttpPort}") };
        var otherToken = await TokenAsync(otherGateway, cancellation);
        var ownToken = await platform.GetAccessTokenAsync(PlatformFixture.CityBureau);

        var code = TestCreditCodes.NewValid();
        using (var registered = await SendAsync(otherGateway, HttpMethod.Post, "/api/v1/enterprises", otherToken, cancellation, EnterpriseRequests.NewRegistration(code, "湖州双栈演练有限公司")))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        using (var there = await SendAsync(otherGateway, HttpMethod.Get, $"/api/v1/enterprises/{code}", otherToken, cancellation))
        {
            Assert.Equal(HttpStatusCode.OK, there.StatusCode);
        }

        using var ownGateway = platform.CreateAnonymousGatewayClient();
        using (var here = await SendAsync(ownGateway, HttpMethod.Get, $"/api/v1/enterprises/{code}", ownToken, cancellation))
        {
            Assert.Equal(HttpStatusCode.NotFound, here.StatusCode);
        }

        using (var ownTokenThere = await SendAsync(otherGateway, HttpMethod.Get, $"/api/v1/enterprises/{code}", ownToken, cancellation))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, ownTokenThere.StatusCode);
        }

        using (var otherTokenHere = await SendAsync(ownGateway, HttpMethod.Get, $"/api/v1/enterprises/{code}", otherToken, cancellation))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, otherTokenHere.StatusCode);
        }

        // Past the gateway: this stack's service itself refuses the other stack's token.
        using var ownService = platform.CreateDirectServiceClient("enterprises", clientId: null);
        using var otherTokenAtService = await SendAsync(ownService, HttpMethod.Get, $"/api/v1/enterprises/{code}", otherToken, cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, otherTokenAtService.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string token, CancellationToken cancellation, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, cancellation);
    }

    private static async Task<string> TokenAsync(HttpClient gateway, CancellationToken cancellation)
    {
        using var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = PlatformFixture.CityBureau,
            ["client_secret"] = PlatformFixture.DevelopmentSecret(PlatformFixture.CityBureau),
        }), cancellation);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
