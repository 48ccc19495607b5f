using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IndustryPlatform.BuildingBlocks.Security;

/// <summary>
/// Which role an operation needs, from its name (the gRPC method, or the REST endpoint's name) — one table for the
/// whole platform, so a REST endpoint and its gRPC twin can never disagree.
/// </summary>
public static class PlatformAccess
{
    private static readonly string[] AdminOperations = ["DeactivateEnterprise", "RunYearlyCandidates"];
    private static readonly string[] CertifyOperations = ["ProposeCandidate", "ProposeTierCandidate", "CertifyTier", "RevokeTier"];
    private static readonly string[] ReadPrefixes = ["Get", "List", "Search", "Evaluate"];

    public static string RequiredRole(string operation, bool isHttpRead = false)
    {
        if (AdminOperations.Contains(operation, StringComparer.Ordinal))
        {
            return PlatformRoles.Admin;
        }

        if (CertifyOperations.Contains(operation, StringComparer.Ordinal))
        {
            return PlatformRoles.Certify;
        }

        // Anything not plainly a read needs the write role: an unknown verb must not slip through as a read.
        return isHttpRead || ReadPrefixes.Any(p => operation.StartsWith(p, StringComparison.Ordinal)) ? PlatformRoles.Read : PlatformRoles.Submit;
    }

    /// <summary>
    /// Each endpoint under this builder (a REST group, a gRPC service) requires the role its operation needs. Runs last,
    /// after the endpoint has its name; an endpoint with neither a name nor a gRPC method is refused to all.
    /// </summary>
    public static TBuilder RequirePlatformRoles<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var operation = endpoint.Metadata.OfType<GrpcMethodMetadata>().FirstOrDefault()?.Method.Name
                ?? endpoint.Metadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
            var isRead = endpoint.Metadata.OfType<HttpMethodMetadata>().FirstOrDefault()?.HttpMethods
                .All(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m)) == true;
            var role = operation is null ? PlatformRoles.Admin : RequiredRole(operation, isRead);
            endpoint.Metadata.Add(new AuthorizeAttribute(role));
        });
        return builder;
    }
}
