using IndustryPlatform.Gateway.Documentation;
using Yarp.ReverseProxy.Configuration;

namespace IndustryPlatform.Gateway.Tests;

/// <summary>The services to ask for documents come from the gateway's own routes, so the two cannot disagree.</summary>
public sealed class ServiceDocumentSourceTests
{
    [Fact]
    public void Each_rest_cluster_behind_an_api_v1_route_is_one_source_with_all_its_routes()
    {
        RouteConfig[] routes =
        [
            new() { RouteId = "enterprises-rest", ClusterId = "enterprises-rest", Match = new() { Path = "/api/v1/enterprises/{**rest}" } },
            new() { RouteId = "tiers-rest", ClusterId = "enterprises-rest", Match = new() { Path = "/api/v1/tiers/{**rest}" } },
            new() { RouteId = "enterprises-grpc", ClusterId = "enterprises-grpc", Match = new() { Path = "/industry.enterprises.v1.{service}/{method}" } },
            new() { RouteId = "projects-rest", ClusterId = "projects-rest", Match = new() { Path = "/api/v1/projects/{**rest}" } },
        ];
        ClusterConfig[] clusters =
        [
            Cluster("enterprises-rest", "http://enterprises"),
            Cluster("enterprises-grpc", "http://_grpc.enterprises"),
            Cluster("projects-rest", "http://projects/"),
        ];

        var sources = ServiceDocumentSource.From(routes, clusters);

        Assert.Collection(sources,
            enterprises =>
            {
                Assert.Equal(new Uri("http://enterprises/openapi/v1.json"), enterprises.DocumentAddress);
                Assert.Equal(["/api/v1/enterprises/{**rest}", "/api/v1/tiers/{**rest}"], enterprises.Routes.Select(r => r.Pattern));
                Assert.Equal("Enterprises", enterprises.SchemaPrefix);
            },
            projects => Assert.Equal(new Uri("http://projects/openapi/v1.json"), projects.DocumentAddress));
    }

    [Fact]
    public void A_route_to_a_cluster_without_destinations_is_skipped()
    {
        RouteConfig[] routes = [new() { RouteId = "r", ClusterId = "nowhere", Match = new() { Path = "/api/v1/x/{**rest}" } }];

        Assert.Empty(ServiceDocumentSource.From(routes, [new ClusterConfig { ClusterId = "nowhere" }]));
    }

    private static ClusterConfig Cluster(string id, string address) => new()
    {
        ClusterId = id,
        Destinations = new Dictionary<string, DestinationConfig> { ["d"] = new() { Address = address } },
    };
}
