using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace IndustryPlatform.BuildingBlocks.Caching;

/// <summary>
/// Values kept in Redis as JSON, each for a time to live and optionally filed under tags, so that a change drops every
/// entry computed from what it changed. Redis is a convenience: when it fails, a read is a miss, a write or an eviction
/// is skipped, a warning is logged — never an error to the caller. Entries written before a failed eviction expire
/// with their time to live.
/// </summary>
public sealed partial class RedisJsonCache(IConnectionMultiplexer redis, RedisCallPolicy policy, ILogger<RedisJsonCache> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<T?> GetAsync<T>(string key)
        where T : class
    {
        try
        {
            var value = await policy.RunAsync(database => database.StringGetAsync(key), redis);
            return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<T>(value.ToString(), Json);
        }
        catch (Exception ex) when (RedisCallPolicy.IsOutage(ex) || ex is JsonException)
        {
            LogFailed(logger, "read", key, ex);
            return null;
        }
    }

    /// <param name="tags">Tags to file the entry under; <see cref="RemoveTaggedAsync"/> drops all of a tag's entries at once.</param>
    public async Task SetAsync<T>(string key, T value, TimeSpan timeToLive, IEnumerable<string>? tags = null)
    {
        try
        {
            var json = JsonSerializer.Serialize(value, Json);
            await policy.RunAsync(async database =>
            {
                foreach (var tag in tags?.Distinct(StringComparer.Ordinal) ?? [])
                {
                    await database.SetAddAsync(tag, key);
                    // A tag outlives its entries, so an eviction still finds every one of them.
                    await database.KeyExpireAsync(tag, timeToLive * 2);
                }

                await database.StringSetAsync(key, json, timeToLive);
            }, redis);
        }
        catch (Exception ex) when (RedisCallPolicy.IsOutage(ex))
        {
            LogFailed(logger, "write", key, ex);
        }
    }

    /// <summary>The cached value (and true), or the computed one, stored unless null (and false).</summary>
    public async Task<(T? Value, bool FromCache)> GetOrComputeAsync<T>(string key, TimeSpan timeToLive, Func<Task<T?>> compute, IEnumerable<string>? tags = null)
        where T : class
    {
        if (await GetAsync<T>(key) is { } cached)
        {
            return (cached, true);
        }

        var value = await compute();
        if (value is not null)
        {
            await SetAsync(key, value, timeToLive, tags);
        }

        return (value, false);
    }

    public async Task RemoveAsync(string key)
    {
        try
        {
            await policy.RunAsync(database => database.KeyDeleteAsync(key), redis);
        }
        catch (Exception ex) when (RedisCallPolicy.IsOutage(ex))
        {
            LogFailed(logger, "evict", key, ex);
        }
    }

    /// <summary>Drops every entry filed under <paramref name="tag"/>, and the tag.</summary>
    public async Task RemoveTaggedAsync(string tag)
    {
        try
        {
            await policy.RunAsync(async database =>
            {
                var keys = await database.SetMembersAsync(tag);
                await database.KeyDeleteAsync([.. keys.Select(k => (RedisKey)k.ToString()), tag]);
            }, redis);
        }
        catch (Exception ex) when (RedisCallPolicy.IsOutage(ex))
        {
            LogFailed(logger, "evict", tag, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache {Operation} failed for {Key}; carrying on without Redis")]
    private static partial void LogFailed(ILogger logger, string operation, string key, Exception exception);
}
