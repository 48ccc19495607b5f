using System.Text.Json;
using System.Text.Json.Serialization;
using IndustryPlatform.Indicators.Domain;
using StackExchange.Redis;

namespace IndustryPlatform.Indicators.Data;

/// <summary>
/// Hot reads (summaries, rankings, bulletins of the latest data) kept in Redis. Each entry is filed under the periods it
/// was computed from; when figures of a period change, every entry filed under it is dropped after the commit.
/// Redis is a convenience: when it fails, reads are computed from PostgreSQL and a warning is logged.
/// </summary>
public sealed partial class IndicatorCache(IConnectionMultiplexer redis, ILogger<IndicatorCache> logger)
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(30);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static string PeriodTag(Period period) => $"indicators:v1:period:{period}";

    /// <summary>Returns the cached value (and true) or computes, stores and returns it (and false).</summary>
    public async Task<(T? Value, bool FromCache)> GetOrComputeAsync<T>(string key, IReadOnlyCollection<Period> dependsOn, Func<Task<T?>> compute)
        where T : class
    {
        var fullKey = $"indicators:v1:{key}";
        try
        {
            var cached = await redis.GetDatabase().StringGetAsync(fullKey);
            if (!cached.IsNullOrEmpty)
            {
                return (JsonSerializer.Deserialize<T>(cached.ToString(), Json), true);
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or JsonException)
        {
            LogCacheFailed(logger, "read", fullKey, ex);
        }

        var value = await compute();
        if (value is null)
        {
            return (null, false);
        }

        try
        {
            var db = redis.GetDatabase();
            foreach (var period in dependsOn.Distinct())
            {
                await db.SetAddAsync(PeriodTag(period), fullKey);
                await db.KeyExpireAsync(PeriodTag(period), TimeToLive * 2);
            }

            await db.StringSetAsync(fullKey, JsonSerializer.Serialize(value, Json), TimeToLive);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            LogCacheFailed(logger, "write", fullKey, ex);
        }

        return (value, false);
    }

    /// <summary>Drops everything computed from these periods.</summary>
    public async Task InvalidateAsync(IEnumerable<Period> periods)
    {
        foreach (var period in periods.Distinct())
        {
            try
            {
                var db = redis.GetDatabase();
                var keys = await db.SetMembersAsync(PeriodTag(period));
                await db.KeyDeleteAsync([.. keys.Select(k => (RedisKey)k.ToString()), PeriodTag(period)]);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // The committed figures stand; stale copies expire with their time to live.
                LogCacheFailed(logger, "invalidate", period.ToString(), ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indicator cache {Operation} failed for {Key}; carrying on without Redis")]
    private static partial void LogCacheFailed(ILogger logger, string operation, string key, Exception exception);
}
