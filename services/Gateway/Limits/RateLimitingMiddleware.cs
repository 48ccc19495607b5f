using IndustryPlatform.Rules;
using System.Globalization;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Gateway.Observability;
using IndustryPlatform.Gateway.Security;
using IndustryPlatform.Gateway.Security.People;
using Microsoft.Extensions.Options;

namespace IndustryPlatform.Gateway.Limits;

/// <summary>Per client (or, for token requests, per address): 429 with Retry-After once the window's permits are spent.</summary>
public sealed class RateLimitingMiddleware(RequestDelegate next, ClientRateLimiter limiter, IOptions<GatewayLimitsOptions> options, GatewayMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        var (partition, permits) = PartitionOf(context, limits);
        if (partition is null)
        {
            await next(context);
            return;
        }

        var decision = await limiter.TryAcquireAsync(partition, permits, TimeSpan.FromSeconds(limits.WindowSeconds));
        context.Response.Headers["RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        if (decision.Allowed)
        {
            await next(context);
            return;
        }

        metrics.RateLimited(partition);
        context.Response.Headers.RetryAfter = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await GatewayRefusal.WriteAsync(context, StatusCodes.Status429TooManyRequests, RuleCodes.RateLimit.Exceeded, "Too many requests",
            $"More than {decision.Limit} requests in {limits.WindowSeconds} s; retry after {decision.RetryAfterSeconds} s.");
    }

    private static (string? Partition, int Permits) PartitionOf(HttpContext context, GatewayLimitsOptions limits)
    {
        if (Caller.From(context.User) is { } caller)
        {
            return ($"client:{caller.ClientId}", limits.PermitsFor(caller.ClientId));
        }

        // Guessing secrets or passwords is limited per address alike.
        if (context.Request.Path.StartsWithSegments(TokenEndpoint.Path) || context.Request.Path.StartsWithSegments(LoginPage.Path))
        {
            return ($"token:{context.Connection.RemoteIpAddress}", limits.TokenRequestsPerWindow);
        }

        // Anonymous requests to protected paths are refused next without reaching a service; health and docs are free.
        return (null, 0);
    }
}
