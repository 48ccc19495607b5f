using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace IndustryPlatform.BuildingBlocks.Caching;

/// <summary>
/// Values kept in Redis as JSON, each for a time to live and optionally filed under tags, so that a change drops every
/// entry computed from what it changed. Redis is a convenience: when it fails, a read is a miss, a write or an eviction
/// is skipped, a warning is logged — never an error to the caller. Each entry is stamped with the <see cref="CacheEpoch"/>
/// it was computed in, so an entry an eviction missed during an outage is not served after it.
/// </summary>
public sealed partial class RedisJsonCache(IConnectionMultiplexer redis, RedisCallPolicy policy, CacheEpoch epoch, ILogger<RedisJsonCache> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The cached value (and true), or the computed one, stored unless null (and false).</summary>
    public async Task<(T? Value, bool FromCache)> GetOrComputeAsync<T>(string key, TimeSpan timeToLive, Func<Task<T?>> compute, IEnumerable<string>? tags = null)
        where T : class
    {
        var (cached, stamp) = await LookAsync<T>(key);
        if (cached is not null)
        {
            return (cached, true);
        }

        var value = await compute();
        if (value is not null && stamp is { } computedIn)
        {
            await SetAsync(key, value, computedIn, timeToLive, tags);
        }

        return (value, false);
    }

    /// <summary>Drops one entry; a failed eviction makes the whole cache distrusted until the epoch moves on.</summary>
    public Task RemoveAsync(string key) =>
        EvictAsync(key, database => database.KeyDeleteAsync(key));

    /// <summary>Drops every entry filed under <paramref name="tag"/>, and the tag.</summary>
    public Task RemoveTaggedAsync(string tag) =>
        EvictAsync(tag, async database =>
        {
            var keys = await database.SetMembersAsync(tag);
            await database.KeyDeleteAsync([.. keys.Select(k => (RedisKey)k.ToString()), tag]);
        });

    /// <summary>Moves a counter on (a generation some keys carry); false when Redis did not take it, which distrusts the cache.</summary>
    public async Task<bool> IncrementAsync(string counter)
    {
        try
        {
            await policy.RunAsync(database => database.StringIncrementAsync(counter), redis);
            return true;
        }
        catch (Exception ex) when (RedisCallPolicy.IsOutage(ex))
        {
            Failed("increment", counter, ex);
            return false;
        }
    }

    /// <summary>The counters' values (0 where unset), or null when the cache cannot be trusted now.</summary>
    public async Task<long[]?> CountersAsync(IReadOnlyList<string> counters)
    {
        if (!epoch.IsTrusted)
        {
            return null;
        }

        try
        {
            var values = await policy.RunAsync(database => database.StringGetAsync([.. counters.Select(c => (RedisKey)c)]), redis);
            return [.. values.Select(v => v.IsNull ? 0L : (long)v)];
        }
        catch (Exception ex) when (RedisCallPolicy.IsOutage(ex))
        {
            Failed("read", string.Join(',', counters), ex);
            return null;
        }
    }

    /// <summary>The entry if it was stamped with the current epoch, and that epoch (null when nothing may be stored now).</summary>
    private async Task<(T? Value, long? Epoch)> LookAsync<T>(string key)
        where T : class
    {
        if (!epoch.IsTrusted)
        {
            return (null, null);
        }

        try
        {
            var values = await policy.RunAsync(database => database.StringGetAsync([epoch.Key, key]), redis);
            var current = values[0].IsNull ? 0L : (long)values[0];
            return (Unstamp<T>(values[1], current, key), current);
        }
        catch (Exception ex) when (RedisCallPolicy.IsOutage(ex))
        {
            Failed("read", key, ex);
            return (null, null);
        }
    }

    private T? Unstamp<T>(RedisValue stored, long current, string key)
        where T : class
    {
        if (stored.IsNullOrEmpty)
        {
            return null;
        }

        var text = stored.ToString();
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0 || !long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var stamp) || stamp != current)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text.AsSpan(bar + 1), Json);
        }
        catch (JsonException ex)
        {
            LogFailed(logger, "read", key, ex);
            return null;
        }
    }

    private async Task SetAsync<T>(string key, T value, long computedIn, TimeSpan timeToLive, IEnumerable<string>? tags)
    {
        try
        {
            var stamped = string.Create(CultureInfo.InvariantCulture, $"{computedIn}|{JsonSerializer.Serialize(value, Json)}");
            await policy.RunAsync(async database =>
            {
                foreach (var tag in tags?.Distinct(StringComparer.Ordinal) ?? [])
                {
                    await database.SetAddAsync(tag, key);
                    // A tag outlives its entries, so an eviction still finds every one of them.
                    await database.KeyExpireAsync(tag, timeToLive * 2);
                }

                await database.StringSetAsync(key, stamped, timeToLive);
            }, redis);
        }
        catch (Exception ex) when (RedisCallPolicy.IsOutage(ex))
        {
            Failed("write", key, ex);
        }
    }

    private async Task EvictAsync(string key, Func<IDatabase, Task> evict)
    {
        try
        {
            await policy.RunAsync(evict, redis);
        }
        catch (Exception ex) when (RedisCallPolicy.IsOutage(ex))
        {
            Failed("evict", key, ex);
        }
    }

    private void Failed(string operation, string key, Exception exception)
    {
        LogFailed(logger, operation, key, exception);
        epoch.Distrust(exception);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache {Operation} failed for {Key}; carrying on without Redis")]
    private static partial void LogFailed(ILogger logger, string operation, string key, Exception exception);
}
