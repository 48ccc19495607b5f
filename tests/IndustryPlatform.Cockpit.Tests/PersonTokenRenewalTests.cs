using System.Net;
using System.Security.Claims;
using System.Text;
using IndustryPlatform.Cockpit.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IndustryPlatform.Cockpit.Tests;

/// <summary>
/// A person's session outlives one access token: the cockpit renews it with the refresh token, in a circuit and on a
/// page load, and a person the gateway no longer renews for signs in again.
/// </summary>
public sealed class PersonTokenRenewalTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static FakeGateway TokenEndpoint(Func<HttpRequestMessage, object> answer) => new FakeGateway().Post("connect/token", answer);

    private static HttpResponseMessage Tokens(string access, string? refresh = "refresh-2") => new(HttpStatusCode.OK)
    {
        Content = new StringContent(
            $$"""{"access_token":"{{access}}","token_type":"Bearer","expires_in":600{{(refresh is null ? "" : $",\"refresh_token\":\"{refresh}\"")}}}""",
            Encoding.UTF8, "application/json"),
    };

    private static TokenRefresh Refresh(FakeGateway gateway) => new(
        new HttpClient(gateway) { BaseAddress = new Uri("http://gateway/") },
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Gateway:ClientId"] = "cockpit", ["Gateway:ClientSecret"] = "s3cret" }).Build(),
        new FixedClock(Now), NullLogger<TokenRefresh>.Instance);

    private static ClaimsPrincipal Person(TimeSpan expiresIn, string? refresh = "refresh-1") =>
        new(new ClaimsIdentity(
            new[] { new Claim("name", "市经信局 工作人员"), new Claim("role", "read") }.Concat(new PersonTokens("access-1", Now + expiresIn, refresh).Claims()),
            "Cookies", "name", "role"));

    [Fact]
    public async Task A_token_with_time_left_is_sent_as_it_is()
    {
        var gateway = TokenEndpoint(_ => Tokens("access-2"));
        var session = new PersonSession(Refresh(gateway), new FixedClock(Now));

        Assert.Equal("access-1", await session.AccessTokenAsync(Person(TimeSpan.FromMinutes(5)), CancellationToken.None));
        Assert.Empty(gateway.Requests);
    }

    [Fact]
    public async Task A_token_about_to_expire_is_renewed_once_with_the_refresh_token_and_the_cockpit_s_own_secret()
    {
        var gateway = TokenEndpoint(_ => Tokens("access-2"));
        var session = new PersonSession(Refresh(gateway), new FixedClock(Now));
        var person = Person(TimeSpan.FromSeconds(10));

        Assert.Equal("access-2", await session.AccessTokenAsync(person, CancellationToken.None));
        Assert.Equal("access-2", await session.AccessTokenAsync(person, CancellationToken.None));

        var (_, path, body) = Assert.Single(gateway.Requests);
        Assert.Equal("/connect/token", path);
        Assert.Equal("grant_type=refresh_token&refresh_token=refresh-1&client_id=cockpit&client_secret=s3cret", body);
    }

    [Fact]
    public async Task When_the_gateway_refuses_the_old_token_goes_and_the_api_asks_the_person_to_sign_in_again()
    {
        var session = new PersonSession(Refresh(TokenEndpoint(_ => FakeGateway.Refusal(400, "invalid_grant"))), new FixedClock(Now));

        Assert.Equal("access-1", await session.AccessTokenAsync(Person(TimeSpan.FromSeconds(10)), CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_refresh_token_nothing_is_asked_of_the_gateway()
    {
        var gateway = TokenEndpoint(_ => Tokens("access-2"));
        var session = new PersonSession(Refresh(gateway), new FixedClock(Now));

        Assert.Equal("access-1", await session.AccessTokenAsync(Person(TimeSpan.FromSeconds(10), refresh: null), CancellationToken.None));
        Assert.Empty(gateway.Requests);
    }

    [Fact]
    public async Task On_a_page_load_the_cookie_gets_the_renewed_tokens_and_keeps_the_person()
    {
        var context = await ValidateAsync(Person(TimeSpan.FromSeconds(10)), TokenEndpoint(_ => Tokens("access-2", "refresh-2")));

        Assert.True(context.ShouldRenew);
        var tokens = PersonTokens.Of(context.Principal)!;
        Assert.Equal(("access-2", "refresh-2", Now.AddSeconds(600)), (tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresAt));
        Assert.Equal("市经信局 工作人员", context.Principal!.Identity!.Name);
        Assert.Single(context.Principal.FindAll(PersonTokens.AccessTokenClaim));
    }

    [Fact]
    public async Task On_a_page_load_a_refused_renewal_drops_the_ticket()
    {
        var context = await ValidateAsync(Person(TimeSpan.FromSeconds(10)), TokenEndpoint(_ => FakeGateway.Refusal(400, "invalid_grant")));

        Assert.Null(context.Principal);
    }

    [Fact]
    public async Task On_a_page_load_a_token_with_time_left_leaves_the_cookie_alone()
    {
        var gateway = TokenEndpoint(_ => Tokens("access-2"));
        var context = await ValidateAsync(Person(TimeSpan.FromMinutes(5)), gateway);

        Assert.False(context.ShouldRenew);
        Assert.Equal("access-1", PersonTokens.Of(context.Principal)!.AccessToken);
        Assert.Empty(gateway.Requests);
    }

    private static async Task<CookieValidatePrincipalContext> ValidateAsync(ClaimsPrincipal person, FakeGateway gateway)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FixedClock(Now))
            .AddSingleton(Refresh(gateway))
            .AddSingleton<IAuthenticationService, SignedOut>()
            .BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        var scheme = new AuthenticationScheme(CookieAuthenticationDefaults.AuthenticationScheme, null, typeof(CookieAuthenticationHandler));
        var context = new CookieValidatePrincipalContext(http, scheme, new CookieAuthenticationOptions(),
            new AuthenticationTicket(person, CookieAuthenticationDefaults.AuthenticationScheme));
        await PeopleSignIn.RenewOrRejectAsync(context);
        return context;
    }

    private sealed class SignedOut : IAuthenticationService
    {
        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme) => Task.FromResult(AuthenticateResult.NoResult());
        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;
        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;
        public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) => Task.CompletedTask;
        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;
    }
}
