using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using StackExchange.Redis;

namespace IndustryPlatform.BuildingBlocks.Caching;

/// <summary>
/// The one way every Redis call is made (caches, rate limits, idempotency keys): bounded by a timeout the caller's
/// request cannot outwait, and behind a circuit breaker, so a Redis that hangs costs a request at most one timeout and,
/// once it has failed a few times, nothing at all until it answers again. What a caller does without Redis is its own
/// choice (a cache misses, a rate limit lets through, a keyed write is a 503); <see cref="IsOutage"/> names the failures.
/// </summary>
public sealed class RedisCallPolicy
{
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    private readonly ResiliencePipeline _pipeline = new ResiliencePipelineBuilder()
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            // The timeout below is inside the breaker: a call it cut short arrives here as TimeoutRejectedException,
            // and a Redis that hangs must open the breaker as surely as one that refuses.
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => IsRedisFailure(e) || e is TimeoutRejectedException),
            FailureRatio = 0.5,
            MinimumThroughput = 3,
            SamplingDuration = TimeSpan.FromSeconds(10),
            BreakDuration = BreakDuration,
        })
        .AddTimeout(CallTimeout)
        .Build();

    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> call, IConnectionMultiplexer redis) =>
        await _pipeline.ExecuteAsync(async token => await call(redis.GetDatabase()).WaitAsync(token), CancellationToken.None);

    public async Task RunAsync(Func<IDatabase, Task> call, IConnectionMultiplexer redis) =>
        await _pipeline.ExecuteAsync(async token => await call(redis.GetDatabase()).WaitAsync(token), CancellationToken.None);

    /// <summary>Redis is away, slow or the breaker is open: carry on without it.</summary>
    public static bool IsOutage(Exception exception) =>
        IsRedisFailure(exception) || exception is BrokenCircuitException or TimeoutRejectedException;

    private static bool IsRedisFailure(Exception exception) =>
        exception is RedisException or TimeoutException or OperationCanceledException;
}
