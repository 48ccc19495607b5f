using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IndustryPlatform.Gateway.Observability;

/// <summary>Requests, their duration and refusals per client and route: who is calling what, and how it is going.</summary>
public sealed class GatewayMetrics
{
    public const string MeterName = "IndustryPlatform.Gateway";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _rateLimited;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("industry_platform.gateway.requests", "{request}", "Requests through the gateway, by client, route and status.");
        _duration = meter.CreateHistogram<double>("industry_platform.gateway.request.duration", "s", "Time the gateway took to answer, by client and route.");
        _rateLimited = meter.CreateCounter<long>("industry_platform.gateway.rate_limited", "{request}", "Requests refused with 429, by rate-limit partition.");
    }

    public void Record(string client, string route, int status, TimeSpan elapsed)
    {
        var tags = new TagList { { "client", client }, { "route", route }, { "http.response.status_code", status } };
        _requests.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, new TagList { { "client", client }, { "route", route } });
    }

    public void RateLimited(string partition) => _rateLimited.Add(1, new KeyValuePair<string, object?>("partition", partition));
}
