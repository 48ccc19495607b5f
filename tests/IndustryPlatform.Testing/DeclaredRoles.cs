using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IndustryPlatform.Testing;

/// <summary>What each endpoint of a service declares it needs: a platform role, or explicitly nothing (health, documents).</summary>
public static class DeclaredRoles
{
    private static readonly string[] Roles = ["read", "submit", "certify", "admin"];

    /// <summary>
    /// Endpoints that declare neither a platform role nor anonymous access. Grpc.AspNetCore's own catch-alls for unknown
    /// services and methods answer UNIMPLEMENTED and nothing else, so they are not ours to declare.
    /// </summary>
    public static IReadOnlyList<string> Undeclared(IEnumerable<Endpoint> endpoints) =>
        [.. endpoints
            .Where(e => !(e.DisplayName ?? "").StartsWith("gRPC - Unimplemented", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && RolesOf(e).Count == 0)
            .Select(Describe)];

    /// <summary>The role of the REST endpoint mapped for <paramref name="method"/> at <paramref name="route"/> (its route pattern).</summary>
    public static string RoleOf(IEnumerable<Endpoint> endpoints, string method, string route)
    {
        var endpoint = endpoints.OfType<RouteEndpoint>().Single(e =>
            string.Equals("/" + e.RoutePattern.RawText?.Trim('/'), route.TrimEnd('/'), StringComparison.Ordinal)
            && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) == true);
        return Assert(endpoint);
    }

    /// <summary>The role of the gRPC method at <paramref name="path"/>, e.g. <c>/industry.enterprises.v1.TierLadder/CertifyTier</c>.</summary>
    public static string RoleOf(IEnumerable<Endpoint> endpoints, string path)
    {
        var endpoint = endpoints.Single(e => e.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc
            && $"/{grpc.Method.ServiceName}/{grpc.Method.Name}" == path);
        return Assert(endpoint);
    }

    /// <summary>Every gRPC method path the service maps (its own services, not health or reflection).</summary>
    public static IReadOnlyList<string> GrpcMethods(IEnumerable<Endpoint> endpoints, string package) =>
        [.. endpoints.Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()).OfType<GrpcMethodMetadata>()
            .Where(m => m.Method.ServiceName.StartsWith(package, StringComparison.Ordinal))
            .Select(m => $"/{m.Method.ServiceName}/{m.Method.Name}")
            .Distinct()];

    private static string Assert(Endpoint endpoint)
    {
        var roles = RolesOf(endpoint);
        return roles.Count == 1 ? roles[0] : throw new InvalidOperationException($"{Describe(endpoint)} declares {roles.Count} roles.");
    }

    private static List<string> RolesOf(Endpoint endpoint) =>
        [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Where(p => Roles.Contains(p)).Distinct()];

    private static string Describe(Endpoint endpoint) =>
        endpoint is RouteEndpoint route
            ? $"{string.Join('|', route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {route.RoutePattern.RawText} ({route.DisplayName})"
            : endpoint.DisplayName ?? "an endpoint";
}
