using System.Text.Json;
using IndustryPlatform.Enterprises.Domain;
using StackExchange.Redis;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>
/// Enterprises read by credit code, kept in Redis as JSON for <see cref="TimeToLive"/> and dropped after a change commits.
/// Redis is a convenience: when it fails, reads go to PostgreSQL and a warning is logged, never an error to the caller.
/// </summary>
public sealed partial class EnterpriseCache(IConnectionMultiplexer redis, ILogger<EnterpriseCache> logger)
{
    /// <summary>Also bounds how long a copy written by a read that raced a change can stay stale.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Key(CreditCode code) => Key(code.Value);

    /// <summary>v2 since entries carry the listing status: a v1 copy would read as not listed.</summary>
    private static string Key(string creditCode) => $"enterprises:v2:{creditCode}";

    public async Task<RegistryEntry?> GetAsync(CreditCode code)
    {
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(Key(code));
            return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<RegistryEntry>(value.ToString(), Json);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or JsonException)
        {
            LogCacheFailed(logger, "read", code.Value, ex);
            return null;
        }
    }

    public async Task SetAsync(RegistryEntry entry)
    {
        try
        {
            await redis.GetDatabase().StringSetAsync(Key(entry.CreditCode), JsonSerializer.Serialize(entry, Json), TimeToLive);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            LogCacheFailed(logger, "write", entry.CreditCode, ex);
        }
    }

    public async Task RemoveAsync(CreditCode code)
    {
        try
        {
            await redis.GetDatabase().KeyDeleteAsync(Key(code));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The committed change stands; the stale copy expires with its time to live.
            LogCacheFailed(logger, "evict", code.Value, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Enterprise cache {Operation} failed for {CreditCode}; carrying on without Redis")]
    private static partial void LogCacheFailed(ILogger logger, string operation, string creditCode, Exception exception);
}
