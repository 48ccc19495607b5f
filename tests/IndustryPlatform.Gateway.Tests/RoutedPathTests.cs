using System.Text.Json.Nodes;
using IndustryPlatform.Gateway.Documentation;

namespace IndustryPlatform.Gateway.Tests;

/// <summary>Which documented paths a gateway route forwards: only those are published.</summary>
public sealed class RoutedPathTests
{
    [Theory]
    [InlineData("/api/v1/enterprises")]
    [InlineData("/api/v1/enterprises/{creditCode}")]
    [InlineData("/api/v1/enterprises/{creditCode}/figures/{year}")]
    public void A_catch_all_route_forwards_its_prefix_and_everything_below(string path) =>
        Assert.True(new RoutedPath("/api/v1/enterprises/{**rest}").Forwards(path, "GET"));

    [Theory]
    [InlineData("/api/v1/enterprisesX")]
    [InlineData("/api/v1/projects/{projectId}")]
    [InlineData("/api/v1")]
    [InlineData("/openapi/v1.json")]
    public void A_catch_all_route_does_not_forward_other_paths(string path) =>
        Assert.False(new RoutedPath("/api/v1/enterprises/{**rest}").Forwards(path, "GET"));

    [Fact]
    public void A_literal_route_segment_does_not_forward_a_documented_parameter()
    {
        // The route forwards /api/v1/tiers/pyramid only, not every value of {tierCode}.
        Assert.False(new RoutedPath("/api/v1/tiers/pyramid").Forwards("/api/v1/tiers/{tierCode}", "GET"));
        Assert.True(new RoutedPath("/api/v1/tiers/{tierCode}").Forwards("/api/v1/tiers/pyramid", "GET"));
    }

    [Fact]
    public void A_route_with_methods_forwards_only_those()
    {
        var readOnly = new RoutedPath("/api/v1/bulletin/{**rest}", ["GET"]);

        Assert.True(readOnly.Forwards("/api/v1/bulletin", "get"));
        Assert.False(readOnly.Forwards("/api/v1/bulletin", "post"));
    }

    [Fact]
    public void A_segment_of_literal_and_parameter_matches_a_custom_method_path()
    {
        var route = new RoutedPath("/api/v1/indicators/observations:{kind}");

        Assert.True(route.Forwards("/api/v1/indicators/observations:batch", "POST"));
        Assert.False(route.Forwards("/api/v1/indicators/vintages", "POST"));
    }

    [Theory]
    [InlineData("/api/v1/enterprises/{**rest}", true)]
    [InlineData("/api/v1", true)]
    [InlineData("/api/v10/x", false)]
    [InlineData("/industry.enterprises.v1.{service}/{method}", false)]
    public void Only_paths_under_api_v1_are_public(string path, bool isPublic) =>
        Assert.Equal(isPublic, RoutedPath.IsPublicApi(path));

    [Theory]
    [InlineData("/api/v1/enterprises/admin/parked-messages", "GET")]
    [InlineData("/api/v1/enterprises/admin/parked-messages/{queue}/requeue", "POST")]
    [InlineData("/api/v1/projects/admin/parked-messages", "GET")]
    [InlineData("/api/v1/projects/admin/parked-messages/{queue}/requeue", "POST")]
    [InlineData("/api/v1/indicators/admin/parked-messages", "GET")]
    [InlineData("/api/v1/indicators/admin/parked-messages/{queue}/requeue", "POST")]
    public void The_gateways_own_routes_forward_each_services_parked_messages_endpoints(string path, string method)
    {
        var routes = ConfiguredRoutes().Where(r => r.Forwards(path, method)).ToList();

        Assert.Single(routes);
    }

    /// <summary>The REST and gRPC routes of services/Gateway/appsettings.json, as the gateway reads them.</summary>
    private static IEnumerable<RoutedPath> ConfiguredRoutes()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "IndustryPlatform.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("The repository root (IndustryPlatform.sln) is not above the test's folder.");
        }

        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(root.FullName, "services", "Gateway", "appsettings.json")))!;
        foreach (var (_, route) in settings["ReverseProxy"]!["Routes"]!.AsObject())
        {
            var methods = route!["Match"]!["Methods"]?.AsArray().Select(m => (string)m!).ToArray();
            yield return new RoutedPath((string)route["Match"]!["Path"]!, methods);
        }
    }
}
