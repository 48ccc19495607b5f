using System.Diagnostics;
using IndustryPlatform.BuildingBlocks.Security;
using Yarp.ReverseProxy.Model;

namespace IndustryPlatform.Gateway.Observability;

/// <summary>
/// Every answer carries the request's W3C trace id as X-Correlation-Id (a client that sent a traceparent gets its own
/// trace back), and is counted per client and route.
/// </summary>
public sealed class GatewayTelemetryMiddleware(RequestDelegate next, GatewayMetrics metrics, ILogger<GatewayTelemetryMiddleware> logger)
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.Headers[CorrelationHeader] = Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
        try
        {
            await next(context);
        }
        finally
        {
            var client = Caller.From(context.User)?.ClientId ?? "anonymous";
            var route = RouteOf(context);
            var status = context.Response.StatusCode;
            Activity.Current?.SetTag("industry_platform.client_id", client);
            metrics.Record(client, route, status, Stopwatch.GetElapsedTime(started));
            if (status >= 400)
            {
                logger.LogInformation("{Method} {Route} by {Client} answered {Status}", context.Request.Method, route, client, status);
            }
        }
    }

    private static string RouteOf(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        return endpoint?.Metadata.GetMetadata<RouteModel>()?.Config.RouteId
            ?? (endpoint as RouteEndpoint)?.RoutePattern.RawText
            ?? "unmatched";
    }
}
