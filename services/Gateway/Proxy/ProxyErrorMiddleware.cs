using System.Globalization;
using System.Net.Sockets;
using IndustryPlatform.Rules;
using IndustryPlatform.Gateway.Security;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace IndustryPlatform.Gateway.Proxy;

/// <summary>
/// When forwarding fails, the client is told in the platform's error shape what kind of failure it was (a service
/// down, too slow, the client's own body cut short), never which host or port was tried. A service that is down — no
/// destination passed its health check, or it refused the connection — is a quick 503 with <c>Retry-After</c>: the
/// cluster's health-check interval, after which the gateway knows again.
/// </summary>
public static class ProxyErrorMiddleware
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        await next();
        if (context.Response.HasStarted || context.GetForwarderErrorFeature() is not { } failure)
        {
            return;
        }

        var (status, rule, title, detail) = failure.Error switch
        {
            ForwarderError.RequestTimedOut => (504, RuleCodes.Service.Timeout, "Gateway timeout", "The service did not answer in time; retry later."),
            ForwarderError.NoAvailableDestinations => Unavailable,
            ForwarderError.Request when IsRefused(failure.Exception) => Unavailable,
            ForwarderError.RequestBodyClient or ForwarderError.RequestCanceled when IsBodyTooLarge(failure.Exception) =>
                (413, RuleCodes.Request.TooLarge, "Payload too large", "The request body is larger than this gateway accepts."),
            ForwarderError.RequestBodyClient or ForwarderError.RequestCanceled => (400, RuleCodes.Request.BodyIncomplete, "Bad request", "The request body could not be read to its end."),
            _ => (502, RuleCodes.Service.Unavailable, "Bad gateway", "The service could not be reached; retry shortly."),
        };
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds(context.GetReverseProxyFeature().Cluster).ToString(CultureInfo.InvariantCulture);
        }

        await GatewayRefusal.WriteAsync(context, status, rule, title, detail);
    }

    private static readonly (int, RuleCode, string, string) Unavailable =
        (503, RuleCodes.Service.Unavailable, "Service unavailable", "The service is not available just now; retry after the seconds in Retry-After.");

    private static int RetryAfterSeconds(ClusterModel? cluster) =>
        (int)Math.Ceiling((cluster?.Config.HealthCheck?.Active?.Interval ?? DefaultRetryAfter).TotalSeconds);

    private static bool IsRefused(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBodyTooLarge(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }

        return false;
    }
}
