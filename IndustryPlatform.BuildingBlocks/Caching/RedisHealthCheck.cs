using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace IndustryPlatform.BuildingBlocks.Caching;

/// <summary>Redis answers a PING through the service's own connection.</summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"PING answered in {latency.TotalMilliseconds:0} ms");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer; caches are bypassed", ex);
        }
    }
}
