using System.Net;
using System.Text;
using IndustryPlatform.Gateway.Documentation;
using Microsoft.Extensions.Logging.Abstractions;
using Yarp.ReverseProxy.Configuration;

namespace IndustryPlatform.Gateway.Tests;

/// <summary>Fetching over HTTP from the routes' clusters, one service down, and keeping the result for a while.</summary>
public sealed class ApiDocumentCacheTests
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_service_that_answers_503_or_not_at_all_leaves_a_missing_part_not_an_error()
    {
        var services = new ServicesAnswering
        {
            ["enterprises"] = _ => Json(ServiceDocuments.EnterprisesDocument().ToJsonString()),
            ["projects"] = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            ["indicators"] = _ => throw new HttpRequestException("Connection refused (indicators:5130)"),
        };
        using var cache = Cache(services, new ManualClock());

        var merged = await cache.GetAsync(_cancellation);

        Assert.Contains("/api/v1/enterprises", merged.Paths.Select(p => p.Key));
        Assert.Equal(["the service answered 503", "the service did not answer"], merged.MissingParts.Select(m => m.Failure));
    }

    [Fact]
    public async Task A_complete_document_is_kept_for_a_minute_then_fetched_again()
    {
        var services = AllAnswering();
        var clock = new ManualClock();
        using var cache = Cache(services, clock);

        await cache.GetAsync(_cancellation);
        clock.Advance(ApiDocumentCache.CompleteFor - TimeSpan.FromSeconds(1));
        await cache.GetAsync(_cancellation);
        Assert.Equal(3, services.Requests);

        clock.Advance(TimeSpan.FromSeconds(2));
        await cache.GetAsync(_cancellation);
        Assert.Equal(6, services.Requests);
    }

    [Fact]
    public async Task An_incomplete_document_is_fetched_again_after_a_few_seconds_and_the_service_that_came_back_is_in_it()
    {
        var projectsUp = false;
        var services = AllAnswering();
        services["projects"] = _ => projectsUp
            ? Json(ServiceDocuments.ProjectsDocument().ToJsonString())
            : new HttpResponseMessage(HttpStatusCode.BadGateway);
        var clock = new ManualClock();
        using var cache = Cache(services, clock);

        Assert.False((await cache.GetAsync(_cancellation)).IsComplete);
        projectsUp = true;
        clock.Advance(ApiDocumentCache.IncompleteFor + TimeSpan.FromSeconds(1));

        var merged = await cache.GetAsync(_cancellation);
        Assert.True(merged.IsComplete);
        Assert.Contains("/api/v1/projects/{projectId}", merged.Paths.Select(p => p.Key));
    }

    [Fact]
    public async Task A_document_that_is_not_json_is_a_missing_part()
    {
        var services = AllAnswering();
        services["indicators"] = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>", Encoding.UTF8, "text/html") };
        using var cache = Cache(services, new ManualClock());

        var missing = Assert.Single((await cache.GetAsync(_cancellation)).MissingParts);

        Assert.Equal("indicators-rest", missing.Source.Name);
        Assert.Equal("the service's document is not valid JSON", missing.Failure);
    }

    private static ServicesAnswering AllAnswering() => new()
    {
        ["enterprises"] = _ => Json(ServiceDocuments.EnterprisesDocument().ToJsonString()),
        ["projects"] = _ => Json(ServiceDocuments.ProjectsDocument().ToJsonString()),
        ["indicators"] = _ => Json(ServiceDocuments.IndicatorsDocument().ToJsonString()),
    };

    private static ApiDocumentCache Cache(ServicesAnswering services, TimeProvider clock)
    {
        RouteConfig[] routes =
        [
            Route("enterprises-rest", "/api/v1/enterprises/{**rest}"),
            Route("enterprises-rest", "/api/v1/tiers/{**rest}"),
            Route("projects-rest", "/api/v1/projects/{**rest}"),
            Route("indicators-rest", "/api/v1/indicators/{**rest}"),
            Route("indicators-rest", "/api/v1/bulletin/{**rest}"),
        ];
        ClusterConfig[] clusters = [Cluster("enterprises"), Cluster("projects"), Cluster("indicators")];
        var client = new ServiceDocumentClient(new HttpClient(services), NullLogger<ServiceDocumentClient>.Instance);
        return new ApiDocumentCache([new InMemoryConfigProvider(routes, clusters)], client, clock);
    }

    private static RouteConfig Route(string cluster, string path) =>
        new() { RouteId = $"{cluster}:{path}", ClusterId = cluster, Match = new() { Path = path } };

    private static ClusterConfig Cluster(string service) => new()
    {
        ClusterId = service + "-rest",
        Destinations = new Dictionary<string, DestinationConfig> { [service] = new() { Address = $"http://{service}" } },
    };

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>Stands in for the network: answers by host name, counts requests.</summary>
    private sealed class ServicesAnswering : HttpMessageHandler
    {
        private readonly Dictionary<string, Func<HttpRequestMessage, HttpResponseMessage>> _answers = [];
        private int _requests;

        public int Requests => _requests;

        public Func<HttpRequestMessage, HttpResponseMessage> this[string host]
        {
            set => _answers[host] = value;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            Assert.Equal("/openapi/v1.json", request.RequestUri!.AbsolutePath);
            return Task.FromResult(_answers[request.RequestUri.Host](request));
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
