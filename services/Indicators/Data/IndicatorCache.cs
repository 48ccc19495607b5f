using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Derived;

namespace IndustryPlatform.Indicators.Data;

/// <summary>
/// Hot reads (summaries, rankings, bulletins of the latest data). Each entry is filed under the periods it was computed
/// from, and under the kinds of registry facts its derived figures were counted from; when figures of a period change,
/// or a fact of that kind does, every entry filed under it is dropped after the commit.
/// </summary>
public sealed class IndicatorCache(RedisJsonCache cache)
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(30);

    /// <summary>Returns the cached value (and true) or computes, stores and returns it (and false).</summary>
    public Task<(T? Value, bool FromCache)> GetOrComputeAsync<T>(
        string key, IReadOnlyCollection<Period> dependsOn, Func<Task<T?>> compute, IEnumerable<FactKind>? countedFrom = null)
        where T : class =>
        cache.GetOrComputeAsync($"indicators:v1:{key}", TimeToLive, compute,
            [.. dependsOn.Select(PeriodTag), .. (countedFrom ?? []).Distinct().Select(FactsTag)]);

    /// <summary>Drops everything computed from these periods.</summary>
    public async Task InvalidateAsync(IEnumerable<Period> periods)
    {
        foreach (var period in periods.Distinct())
        {
            await cache.RemoveTaggedAsync(PeriodTag(period));
        }
    }

    /// <summary>Drops everything counted from facts of this kind (a fact changed; which periods it moved is not worth working out).</summary>
    public Task InvalidateAsync(FactKind facts) => cache.RemoveTaggedAsync(FactsTag(facts));

    private static string PeriodTag(Period period) => $"indicators:v1:period:{period}";

    private static string FactsTag(FactKind facts) => $"indicators:v1:facts:{facts.ToString().ToLowerInvariant()}";
}
