using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace IndustryPlatform.Cockpit.Security;

/// <summary>
/// A person signs in at the gateway (authorization code with PKCE; the cockpit is a confidential client with its own
/// secret) and the cockpit keeps the result in its own cookie: HttpOnly, SameSite=Lax, encrypted. The person's access
/// token stays on the server inside that ticket; the browser never sees it in a form it can use or read.
/// </summary>
public static class PeopleSignIn
{
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
                options.Events.OnValidatePrincipal = RenewOrRejectAsync;
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
                // A refresh token, so a person's session lasts a working day rather than one access token.
                options.Scope.Add("offline_access");
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.SaveTokens = false;
                options.TokenValidationParameters.NameClaimType = NameClaim;
                options.TokenValidationParameters.RoleClaimType = RoleClaim;
                options.Events.OnTokenValidated = KeepAccessToken;
            });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient<TokenRefresh>(client => client.BaseAddress = new Uri("http://gateway"));
        builder.Services.AddScoped<PersonSession>();
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>The tokens ride in the (encrypted, server-read) ticket, where a Blazor circuit can reach them.</summary>
    private static Task KeepAccessToken(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && context.TokenEndpointResponse?.AccessToken is { } token)
        {
            var seconds = int.TryParse(context.TokenEndpointResponse.ExpiresIn, out var s) ? s : 600;
            var tokens = new PersonTokens(token, DateTimeOffset.UtcNow.AddSeconds(seconds), context.TokenEndpointResponse.RefreshToken is { Length: > 0 } refresh ? refresh : null);
            identity.AddClaims(tokens.Claims());
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// An access token about to expire is renewed with the refresh token and the cookie rewritten; without one, or when
    /// the gateway refuses (the person was removed, the working day is over), the ticket is dropped and the person signs
    /// in again (silently, while the gateway's own session lasts).
    /// </summary>
    internal static async Task RenewOrRejectAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var tokens = PersonTokens.Of(context.Principal);
        if (tokens is not null && !tokens.NeedsRenewal(services.GetRequiredService<TimeProvider>().GetUtcNow()))
        {
            return;
        }

        if (tokens?.RefreshToken is { } refreshToken
            && await services.GetRequiredService<TokenRefresh>().RenewAsync(refreshToken, context.HttpContext.RequestAborted) is { } renewed)
        {
            context.ReplacePrincipal(renewed.Into(context.Principal!));
            context.ShouldRenew = true;
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static IEndpointRouteBuilder MapPeopleSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/signout", () => Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        return app;
    }
}
