using IndustryPlatform.Rules;
using IndustryPlatform.Gateway.Security;
using Yarp.ReverseProxy.Forwarder;

namespace IndustryPlatform.Gateway.Proxy;

/// <summary>
/// When forwarding fails, the client is told in the platform's error shape what kind of failure it was (a service
/// down, too slow, the client's own body cut short), never which host or port was tried.
/// </summary>
public static class ProxyErrorMiddleware
{
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
            ForwarderError.NoAvailableDestinations => (503, RuleCodes.Service.Unavailable, "Service unavailable", "The service is not available just now; retry shortly."),
            ForwarderError.RequestBodyClient or ForwarderError.RequestCanceled when IsBodyTooLarge(failure.Exception) =>
                (413, RuleCodes.Request.TooLarge, "Payload too large", "The request body is larger than this gateway accepts."),
            ForwarderError.RequestBodyClient or ForwarderError.RequestCanceled => (400, RuleCodes.Request.BodyIncomplete, "Bad request", "The request body could not be read to its end."),
            _ => (502, RuleCodes.Service.Unavailable, "Bad gateway", "The service could not be reached; retry shortly."),
        };
        await GatewayRefusal.WriteAsync(context, status, rule, title, detail);
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
