using System.Security.Claims;
using IndustryPlatform.Rules;

namespace IndustryPlatform.BuildingBlocks.Security;

/// <summary>The client system behind a request, as its access token describes it.</summary>
public sealed record Caller(string ClientId, string Region, IReadOnlySet<string> Roles)
{
    public bool IsCity => Region == PlatformClaims.CityRegion;

    public bool Has(string role) => Roles.Contains(role);

    /// <summary>The city writes every region; a district only its own.</summary>
    public bool MayWrite(string regionCode) => IsCity || string.Equals(Region, regionCode, StringComparison.Ordinal);

    /// <summary>Refuses, naming both regions, a write into a region that is not the caller's.</summary>
    public void EnsureMayWrite(string regionCode, string what)
    {
        if (!MayWrite(regionCode))
        {
            throw new ForbiddenException(
                RuleCodes.Region.NotYours,
                $"Client '{ClientId}' speaks for region '{Region}' and may not write {what} of region '{regionCode}'.");
        }
    }

    /// <summary>Null when the principal carries no client id or region (not one of our access tokens).</summary>
    public static Caller? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var clientId = principal.FindFirst(PlatformClaims.ClientId)?.Value ?? principal.FindFirst(PlatformClaims.Subject)?.Value;
        var region = principal.FindFirst(PlatformClaims.Region)?.Value;
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(region))
        {
            return null;
        }

        var roles = principal.FindAll(PlatformClaims.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Caller(clientId, region, roles);
    }
}
