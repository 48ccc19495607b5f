using System.Text.Json;
using StackExchange.Redis;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>
/// The pyramid by year, kept in one Redis hash so that a certification or revocation drops every year at once.
/// Redis is a convenience: when it fails, the pyramid is counted from PostgreSQL and a warning is logged.
/// </summary>
public sealed partial class PyramidCache(IConnectionMultiplexer redis, ILogger<PyramidCache> logger)
{
    /// <summary>v2 since the pyramid carries the listed enterprises.</summary>
    public const string Key = "enterprises:v2:pyramid";

    /// <summary>Also bounds how long a certification that has since expired is still counted.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Pyramid?> GetAsync(int year)
    {
        try
        {
            var value = await redis.GetDatabase().HashGetAsync(Key, year);
            return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<Pyramid>(value.ToString(), Json);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or JsonException)
        {
            LogCacheFailed(logger, "read", ex);
            return null;
        }
    }

    public async Task SetAsync(Pyramid pyramid)
    {
        try
        {
            var database = redis.GetDatabase();
            await database.HashSetAsync(Key, pyramid.Year, JsonSerializer.Serialize(pyramid, Json));
            await database.KeyExpireAsync(Key, TimeToLive, ExpireWhen.HasNoExpiry);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            LogCacheFailed(logger, "write", ex);
        }
    }

    public async Task InvalidateAsync()
    {
        try
        {
            await redis.GetDatabase().KeyDeleteAsync(Key);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The committed change stands; the stale pyramid expires with its time to live.
            LogCacheFailed(logger, "evict", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pyramid cache {Operation} failed; carrying on without Redis")]
    private static partial void LogCacheFailed(ILogger logger, string operation, Exception exception);
}
