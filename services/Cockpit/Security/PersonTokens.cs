using System.Globalization;
using System.Security.Claims;

namespace IndustryPlatform.Cockpit.Security;

/// <summary>
/// A signed-in person's tokens from the gateway: the access token sent with every call, when it expires, and the
/// refresh token that renews it (present when the gateway granted offline_access). They ride in the cookie's ticket.
/// </summary>
public sealed record PersonTokens(string AccessToken, DateTimeOffset ExpiresAt, string? RefreshToken)
{
    public const string AccessTokenClaim = "cockpit:access_token";
    public const string ExpiresClaim = "cockpit:access_token_expires";
    public const string RefreshTokenClaim = "cockpit:refresh_token";

    /// <summary>Renewed this long before it expires, so a call never leaves with a token that lapses on the way.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromSeconds(30);

    public bool NeedsRenewal(DateTimeOffset now) => ExpiresAt - RenewBefore <= now;

    public static PersonTokens? Of(ClaimsPrincipal? person)
    {
        if (person?.FindFirst(AccessTokenClaim)?.Value is not { } access)
        {
            return null;
        }

        var expires = long.TryParse(person.FindFirst(ExpiresClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            ? DateTimeOffset.FromUnixTimeSeconds(unix)
            : DateTimeOffset.MinValue;
        return new PersonTokens(access, expires, person.FindFirst(RefreshTokenClaim)?.Value);
    }

    /// <summary>The same person holding these tokens instead of the ones before.</summary>
    public ClaimsPrincipal Into(ClaimsPrincipal person)
    {
        var identity = (ClaimsIdentity)person.Identity!;
        var renewed = new ClaimsIdentity(
            identity.Claims.Where(c => c.Type is not (AccessTokenClaim or ExpiresClaim or RefreshTokenClaim)),
            identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
        renewed.AddClaims(Claims());
        return new ClaimsPrincipal(renewed);
    }

    public IEnumerable<Claim> Claims()
    {
        yield return new Claim(AccessTokenClaim, AccessToken);
        yield return new Claim(ExpiresClaim, ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        if (RefreshToken is not null)
        {
            yield return new Claim(RefreshTokenClaim, RefreshToken);
        }
    }
}
