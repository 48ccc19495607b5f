using IndustryPlatform.BuildingBlocks.Caching;
using StackExchange.Redis;

namespace IndustryPlatform.Gateway.Limits;

/// <summary>
/// A fixed window per client, counted in Redis so that every gateway instance sees the same count. While Redis is
/// unreachable requests are let through (and counted as such): refusing everyone would turn a cache outage into an outage.
/// </summary>
public sealed class ClientRateLimiter(IConnectionMultiplexer redis, RedisCallPolicy policy, ILogger<ClientRateLimiter> logger)
{
    // INCR and the window's expiry in one round trip; the first request of a window starts its clock.
    private const string CountScript = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return { count, redis.call('PTTL', KEYS[1]) }
        """;

    public async Task<RateDecision> TryAcquireAsync(string partition, int permits, TimeSpan window)
    {
        try
        {
            var result = (RedisResult[])(await policy.RunAsync(database => database.ScriptEvaluateAsync(
                CountScript, [new RedisKey($"gateway:rate:{partition}")], [(long)window.TotalMilliseconds]), redis))!;
            var count = (long)result[0];
            var remaining = TimeSpan.FromMilliseconds(Math.Max((long)result[1], 0));
            return new RateDecision(count <= permits, permits, (int)Math.Max(permits - count, 0), remaining);
        }
        catch (Exception e) when (RedisCallPolicy.IsOutage(e))
        {
            logger.LogWarning(e, "Rate limit not counted for {Partition}: Redis is unavailable; the request is let through", partition);
            return RateDecision.Uncounted(permits);
        }
    }
}
