using System.Security.Claims;
using IndustryPlatform.BuildingBlocks.Security;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IndustryPlatform.Gateway.Security.People;

/// <summary>
/// What a person's tokens say: the same region and role claims as a client's access token, so every service checks a
/// person exactly as it checks the district's system; the identity token tells the cockpit the same, for display.
/// </summary>
public static class StaffClaims
{
    public static ClaimsPrincipal For(StaffMember member, IEnumerable<string> scopes, PlatformAudience audience)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, member.UserName);
        identity.SetClaim(Claims.Name, member.DisplayName);
        identity.SetClaim(PlatformClaims.Region, member.Region);
        identity.SetClaims(Claims.Role, [.. member.Roles]);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetResources(audience.Value);
        return principal;
    }
}
