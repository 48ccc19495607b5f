using IndustryPlatform.BuildingBlocks.Security;

namespace IndustryPlatform.Gateway.Security;

/// <summary>
/// The role each request needs, decided at the door from its method and path alone. The services require the same
/// roles on their endpoints; this table only refuses earlier and says why.
/// </summary>
public static class AccessRules
{
    /// <summary>True for the paths only a token opens: the REST API and the services' gRPC methods.</summary>
    public static bool IsProtected(PathString path) =>
        path.StartsWithSegments("/api") || GrpcMethod(path) is not null;

    public static string RequiredRole(string method, PathString path)
    {
        if (GrpcMethod(path) is { } grpcMethod)
        {
            return PlatformAccess.RequiredRole(grpcMethod);
        }

        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return PlatformRoles.Read;
        }

        var value = path.Value ?? string.Empty;
        if (value.StartsWith("/api/v1/tiers/candidate-runs", StringComparison.OrdinalIgnoreCase)
            || (value.StartsWith("/api/v1/enterprises/", StringComparison.OrdinalIgnoreCase)
                && value.EndsWith("/deactivate", StringComparison.OrdinalIgnoreCase)))
        {
            return PlatformRoles.Admin;
        }

        return value.StartsWith("/api/v1/tiers/", StringComparison.OrdinalIgnoreCase) ? PlatformRoles.Certify : PlatformRoles.Submit;
    }

    /// <summary>"CertifyTier" for /industry.enterprises.v1.TierLadder/CertifyTier; null for anything else.</summary>
    public static string? GrpcMethod(PathString path)
    {
        var value = path.Value;
        if (value is null || !value.StartsWith("/industry.", StringComparison.Ordinal))
        {
            return null;
        }

        var slash = value.LastIndexOf('/');
        return slash > 0 && slash < value.Length - 1 ? value[(slash + 1)..] : null;
    }
}
