using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace IndustryPlatform.BuildingBlocks.Caching;

/// <summary>
/// The generation of a service's whole cache, kept in Redis beside the entries. Every entry is stamped with the epoch it
/// was computed in and is served only while the epoch is still that one. When a Redis call fails, or the connection
/// drops, an eviction may have been lost or Redis may come back from its append-only file with entries already
/// replaced: from that moment this instance trusts nothing in the cache (reads go to PostgreSQL) until it has moved
/// the epoch on, which it retries until Redis answers. Every entry written before the outage is then never served again.
/// </summary>
public sealed partial class CacheEpoch
{
    public static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisCallPolicy _policy;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private long _doubts;
    private long _settled;
    private bool _recovering;

    public CacheEpoch(IConnectionMultiplexer redis, RedisCallPolicy policy, string scope, ILogger<CacheEpoch> logger)
    {
        _redis = redis;
        _policy = policy;
        _logger = logger;
        Key = $"{scope}:cache-epoch";
        redis.ConnectionFailed += (_, failure) => Distrust(failure.Exception);
    }

    /// <summary>The Redis key holding the epoch.</summary>
    public string Key { get; }

    /// <summary>False from a failed call until the epoch has been moved on after it.</summary>
    public bool IsTrusted
    {
        get
        {
            lock (_gate)
            {
                return _doubts == _settled;
            }
        }
    }

    /// <summary>Something may have been missed: distrust the cache until the epoch has moved on.</summary>
    public void Distrust(Exception? reason)
    {
        lock (_gate)
        {
            _doubts++;
            if (_recovering)
            {
                return;
            }

            _recovering = true;
        }

        LogDistrusted(_logger, Key, reason);
        _ = Task.Run(RecoverAsync);
    }

    private async Task RecoverAsync()
    {
        while (true)
        {
            long seen;
            lock (_gate)
            {
                seen = _doubts;
            }

            try
            {
                var epoch = await _policy.RunAsync(database => database.StringIncrementAsync(Key), _redis);
                lock (_gate)
                {
                    _settled = seen;
                    if (_doubts == seen)
                    {
                        _recovering = false;
                        LogMovedOn(_logger, Key, epoch);
                        return;
                    }
                }
            }
            catch (Exception ex)
            {
                // Whatever failed, keep trying: a recovery that ended here would leave the cache distrusted for good.
                if (!RedisCallPolicy.IsOutage(ex))
                {
                    LogRecoveryFailed(_logger, Key, ex);
                }

                await Task.Delay(RetryPause);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis failed; the cache is not trusted until {Key} has moved on")]
    private static partial void LogDistrusted(ILogger logger, string key, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moving {Key} on failed; trying again")]
    private static partial void LogRecoveryFailed(ILogger logger, string key, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers again; {Key} moved on to {Epoch}, entries from before are never served")]
    private static partial void LogMovedOn(ILogger logger, string key, long epoch);
}
