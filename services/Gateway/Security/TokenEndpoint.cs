using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using IndustryPlatform.Gateway.Security.People;
using System.Security.Claims;
using IndustryPlatform.BuildingBlocks.Security;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IndustryPlatform.Gateway.Security;

/// <summary>
/// POST /connect/token, the caller already authenticated by <see cref="ValidateTokenRequest"/>: a client system gets a
/// token saying its region and roles; an application exchanging a person's authorization code or refresh token gets
/// that person's, read again from the directory, so a person removed or given other roles since signing in gets
/// nothing or the new roles at the next refresh.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, IssueAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> IssueAsync(HttpContext context, ClientRegistry registry, StaffDirectory staff, PlatformAudience audience)
    {
        var request = context.GetOpenIddictServerRequest();
        if (request?.IsAuthorizationCodeGrantType() == true || request?.IsRefreshTokenGrantType() == true)
        {
            var code = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return staff.Find(code.Principal?.GetClaim(Claims.Subject)) is { } member
                ? Results.SignIn(StaffClaims.For(member, code.Principal!.GetScopes(), audience), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
                : Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        if (registry.Find(request?.ClientId) is not { } client)
        {
            // Unreachable past the validation handler; refuse rather than sign for nobody.
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(Claims.Name, client.DisplayName);
        identity.SetClaim(PlatformClaims.Region, client.Region);
        identity.SetClaims(Claims.Role, [.. client.Roles]);
        identity.SetDestinations(_ => [Destinations.AccessToken]);

        var principal = new ClaimsPrincipal(identity);
        principal.SetResources(audience.Value);
        if (client.AccessTokenLifetimeSeconds is { } seconds)
        {
            principal.SetAccessTokenLifetime(TimeSpan.FromSeconds(seconds));
        }

        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
