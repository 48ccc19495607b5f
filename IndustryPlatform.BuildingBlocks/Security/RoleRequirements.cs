using Microsoft.AspNetCore.Builder;

namespace IndustryPlatform.BuildingBlocks.Security;

/// <summary>
/// The role a REST endpoint needs, stated where it is mapped: <c>api.MapGet(…).RequireRole(PlatformRoles.Read)</c>.
/// A gRPC method states it with <c>[Authorize(PlatformRoles.Read)]</c> on its override. Nothing is inferred from
/// names; a test enumerates every endpoint of every service and fails on one that declares nothing.
/// </summary>
public static class RoleRequirements
{
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, string role) where TBuilder : IEndpointConventionBuilder
    {
        if (!PlatformRoles.All.Contains(role, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{role}' is not a platform role: {string.Join(", ", PlatformRoles.All)}.", nameof(role));
        }

        // Each role is also the name of the policy that requires it (PlatformSecurityExtensions).
        return builder.RequireAuthorization(role);
    }
}
