using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Derived;

namespace IndustryPlatform.Indicators.Data;

/// <summary>
/// Hot reads (summaries, rankings, bulletins of the latest data). Each entry is filed under the periods it was computed
/// from; when figures of a period change, every entry filed under it is dropped after the commit. An entry counted from
/// registry facts also carries, in its key, the generation of each kind of facts it read: a fact change moves the
/// generation on, so an entry computed before it is never found again — even one whose computation was still running
/// while the fact committed, which dropping by tag would have let through.
/// </summary>
public sealed partial class IndicatorCache(RedisJsonCache cache, ILogger<IndicatorCache> logger)
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(30);

    /// <summary>Returns the cached value (and true) or computes, stores and returns it (and false).</summary>
    public async Task<(T? Value, bool FromCache)> GetOrComputeAsync<T>(
        string key, IReadOnlyCollection<Period> dependsOn, Func<Task<T?>> compute, IEnumerable<FactKind>? countedFrom = null)
        where T : class
    {
        var kinds = (countedFrom ?? []).Distinct().Order().ToList();
        if (kinds.Count > 0)
        {
            // Read before computing: a fact committed meanwhile makes this entry one nobody asks for again.
            if (await GenerationsAsync(kinds) is not { } generations)
            {
                return (await compute(), false);
            }

            key = $"{key}:facts-{string.Join('.', generations)}";
        }

        return await cache.GetOrComputeAsync($"indicators:v1:{key}", TimeToLive, compute, dependsOn.Select(PeriodTag));
    }

    /// <summary>Drops everything computed from these periods.</summary>
    public async Task InvalidateAsync(IEnumerable<Period> periods)
    {
        foreach (var period in periods.Distinct())
        {
            await cache.RemoveTaggedAsync(PeriodTag(period));
        }
    }

    /// <summary>Everything counted from facts of this kind is stale: moves its generation on.</summary>
    public async Task InvalidateAsync(FactKind facts)
    {
        if (!await cache.IncrementAsync(GenerationKey(facts)))
        {
            LogFailed(facts);
        }
    }

    private Task<long[]?> GenerationsAsync(IReadOnlyList<FactKind> kinds) =>
        cache.CountersAsync([.. kinds.Select(GenerationKey)]);

    private static string PeriodTag(Period period) => $"indicators:v1:period:{period}";

    private static string GenerationKey(FactKind facts) => $"indicators:v1:facts-generation:{facts.ToString().ToLowerInvariant()}";

    [LoggerMessage(LogLevel.Warning, "Could not move the cache generation of {Facts} on; the cache is distrusted until Redis answers again")]
    private partial void LogFailed(FactKind facts);
}
