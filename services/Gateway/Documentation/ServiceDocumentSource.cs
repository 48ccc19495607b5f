using Yarp.ReverseProxy.Configuration;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>One service whose OpenAPI document feeds the public one: the REST cluster the gateway forwards to,
/// and the routes (path patterns, optional methods) that lead there.</summary>
/// <param name="Name">The cluster id, e.g. <c>projects-rest</c>.</param>
/// <param name="DocumentAddress">Where the service serves its document, by service discovery.</param>
public sealed record ServiceDocumentSource(string Name, Uri DocumentAddress, IReadOnlyList<RoutedPath> Routes)
{
    /// <summary>Where every service serves its own document (see BuildingBlocks' ServiceOpenApi).</summary>
    public const string ServiceDocumentPath = "openapi/v1.json";

    /// <summary>What schema names of this source get prefixed with when they clash: <c>projects-rest</c> → <c>Projects</c>.</summary>
    public string SchemaPrefix
    {
        get
        {
            var word = Name.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? Name;
            return string.Concat(char.ToUpperInvariant(word[0]), word[1..]);
        }
    }

    /// <summary>What a reader is told is missing when the source does not answer: the public paths, never the internal host.</summary>
    public string PublicPaths => string.Join(", ", Routes.Select(r => r.Pattern).Distinct(StringComparer.Ordinal));

    /// <summary>The REST clusters behind the public <c>/api/v1</c> routes, in the order the routes are configured.</summary>
    public static IReadOnlyList<ServiceDocumentSource> From(IEnumerable<RouteConfig> routes, IEnumerable<ClusterConfig> clusters)
    {
        var clustersById = clusters.GroupBy(c => c.ClusterId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var sources = new List<ServiceDocumentSource>();
        foreach (var route in routes)
        {
            if (route.ClusterId is not { } clusterId || route.Match.Path is not { } path
                || !RoutedPath.IsPublicApi(path) || !clustersById.TryGetValue(clusterId, out var cluster)
                || cluster.Destinations?.Values.FirstOrDefault()?.Address is not { } address)
            {
                continue;
            }

            var routed = new RoutedPath(path, route.Match.Methods);
            var index = sources.FindIndex(s => string.Equals(s.Name, clusterId, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                sources.Add(new ServiceDocumentSource(clusterId, new Uri(new Uri(address.TrimEnd('/') + "/"), ServiceDocumentPath), [routed]));
            }
            else
            {
                sources[index] = sources[index] with { Routes = [.. sources[index].Routes, routed] };
            }
        }

        return sources;
    }
}
