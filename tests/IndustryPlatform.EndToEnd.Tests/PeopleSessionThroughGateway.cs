using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using IndustryPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// A person's sign-in for the cockpit, spoken over HTTP as the cockpit's browser and back channel do: authorization
/// code with PKCE at the gateway, then the refresh token renews the person's access token without another sign-in.
/// </summary>
public sealed partial class PeopleSessionThroughGateway(PlatformFixture platform)
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_person_s_refresh_token_renews_their_access_token_with_the_same_region_and_roles()
    {
        var signIn = await SignInAsync("wuxing-staff", "openid offline_access");
        Assert.NotNull(signIn.RefreshToken);

        var renewed = await TokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = signIn.RefreshToken!,
        });

        Assert.Equal(HttpStatusCode.OK, renewed.Status);
        var before = Payload(signIn.AccessToken);
        var after = Payload((string)renewed.Body["access_token"]!);
        Assert.NotEqual(signIn.AccessToken, (string?)renewed.Body["access_token"]);
        Assert.Equal(("wuxing-staff", "wuxing"), ((string?)after["sub"], (string?)after["region"]));
        Assert.Equal(before["role"]!.ToJsonString(), after["role"]!.ToJsonString());
        Assert.Equal(before["aud"]!.ToJsonString(), after["aud"]!.ToJsonString());

        using var api = platform.CreateAnonymousGatewayClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tiers");
        request.Headers.Authorization = new("Bearer", (string)renewed.Body["access_token"]!);
        using var answer = await api.SendAsync(request, _cancellation);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task Without_offline_access_there_is_no_refresh_token_and_a_made_up_one_is_refused()
    {
        var signIn = await SignInAsync("city-staff", "openid");
        Assert.Null(signIn.RefreshToken);

        var refused = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = "not-a-refresh-token" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("invalid_grant", (string?)refused.Body["error"]);
    }

    private sealed record Registered(string ClientId, string Secret, string RedirectUri);

    private sealed record SignedIn(string AccessToken, string? RefreshToken);

    private async Task<Registered> CockpitRegistrationAsync()
    {
        var resources = platform.App.Services.GetRequiredService<DistributedApplicationModel>().Resources;
        var gateway = await Environment(resources.Single(r => r.Name == PlatformFixture.Gateway));
        var cockpit = await Environment(resources.Single(r => r.Name == "cockpit"));
        return new Registered(gateway["Identity__Applications__0__ClientId"], cockpit["Gateway__ClientSecret"], gateway["Identity__Applications__0__RedirectUris__0"]);
    }

    // The cockpit's secret is made per run by the AppHost; its resolved environment is where the test can read it.
    // Aspire 13 marks this reader obsolete in favour of a builder for resources being started, which this is not.
#pragma warning disable CS0618
    private static async Task<Dictionary<string, string>> Environment(IResource resource) =>
        await ((IResourceWithEnvironment)resource).GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Run);
#pragma warning restore CS0618

    private async Task<SignedIn> SignInAsync(string userName, string scope)
    {
        var cockpit = await CockpitRegistrationAsync();
        var verifier = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = platform.GatewayAddress,
        };
        var authorize = "/connect/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["client_id"] = cockpit.ClientId, ["response_type"] = "code", ["redirect_uri"] = cockpit.RedirectUri, ["scope"] = scope,
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["state"] = "s", ["nonce"] = "n",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

        using var toLogin = await browser.GetAsync(authorize, _cancellation);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var page = await browser.GetStringAsync(toLogin.Headers.Location, _cancellation);
        var fields = HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["UserName"] = userName;
        fields["Password"] = $"dev-password-{userName}";
        using var loggedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(fields), _cancellation);
        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        using var withCode = await browser.GetAsync(loggedIn.Headers.Location, _cancellation);
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        var callback = withCode.Headers.Location!;
        Assert.StartsWith(cockpit.RedirectUri, callback.ToString(), StringComparison.Ordinal);
        var code = callback.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Single(p => p[0] == "code")[1];

        var tokens = await TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = Uri.UnescapeDataString(code),
            ["redirect_uri"] = cockpit.RedirectUri,
            ["code_verifier"] = verifier,
        });
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        return new SignedIn((string)tokens.Body["access_token"]!, (string?)tokens.Body["refresh_token"]);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> TokenAsync(Dictionary<string, string> form)
    {
        var cockpit = await CockpitRegistrationAsync();
        form["client_id"] = cockpit.ClientId;
        form["client_secret"] = cockpit.Secret;
        using var client = platform.CreateAnonymousGatewayClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form), _cancellation);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(_cancellation))!);
    }

    private static JsonNode Payload(string token)
    {
        var part = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonNode.Parse(Convert.FromBase64String(part.PadRight(part.Length + (4 - part.Length % 4) % 4, '=')))!;
    }

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)">""")]
    private static partial Regex HiddenField();
}
