using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace IndustryPlatform.Cockpit.Security;

/// <summary>
/// A person signs in at the gateway (authorization code with PKCE; the cockpit is a confidential client with its own
/// secret) and the cockpit keeps the result in its own cookie: HttpOnly, SameSite=Lax, encrypted. The person's access
/// token stays on the server inside that ticket; the browser never sees it in a form it can use or read.
/// </summary>
public static class PeopleSignIn
{
    public const string AccessTokenClaim = "cockpit:access_token";
    public const string AccessTokenExpiresClaim = "cockpit:access_token_expires";
    public const string RegionClaim = "region";
    public const string RoleClaim = "role";
    public const string NameClaim = "name";
    public const string CookieName = "industry-platform.cockpit";

    public static IHostApplicationBuilder AddPeopleSignIn(this IHostApplicationBuilder builder)
    {
        var gateway = builder.Configuration.GetSection("Gateway");
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the request came over HTTPS (production behind TLS); the local stack is plain HTTP.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Events.OnValidatePrincipal = RejectExpiredTokenAsync;
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = gateway["Authority"];
                options.ClientId = gateway["ClientId"];
                options.ClientSecret = gateway["ClientSecret"];
                options.RequireHttpsMetadata = gateway.GetValue("RequireHttps", true);
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                // The code comes back on a top-level GET, so the correlation and nonce cookies can be SameSite=Lax.
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Scope.Clear();
                options.Scope.Add("openid");
                options.Scope.Add("profile");
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.SaveTokens = false;
                options.TokenValidationParameters.NameClaimType = NameClaim;
                options.TokenValidationParameters.RoleClaimType = RoleClaim;
                options.Events.OnTokenValidated = KeepAccessToken;
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>The access token rides in the (encrypted, server-read) ticket, where a Blazor circuit can reach it.</summary>
    private static Task KeepAccessToken(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && context.TokenEndpointResponse?.AccessToken is { } token)
        {
            identity.AddClaim(new Claim(AccessTokenClaim, token));
            var seconds = int.TryParse(context.TokenEndpointResponse.ExpiresIn, out var s) ? s : 600;
            identity.AddClaim(new Claim(AccessTokenExpiresClaim, DateTimeOffset.UtcNow.AddSeconds(seconds).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Task.CompletedTask;
    }

    /// <summary>Once the gateway's token has expired the ticket is worthless: sign in again (silently, while the gateway's own session lasts).</summary>
    private static async Task RejectExpiredTokenAsync(CookieValidatePrincipalContext context)
    {
        var expires = context.Principal?.FindFirst(AccessTokenExpiresClaim)?.Value;
        if (!long.TryParse(expires, out var unix) || DateTimeOffset.FromUnixTimeSeconds(unix) <= DateTimeOffset.UtcNow.AddSeconds(30))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    public static IEndpointRouteBuilder MapPeopleSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/signout", () => Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        return app;
    }
}
