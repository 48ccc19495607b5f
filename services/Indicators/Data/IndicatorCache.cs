using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.Data;

/// <summary>
/// Hot reads (summaries, rankings, bulletins of the latest data). Each entry is filed under the periods it was computed
/// from; when figures of a period change, every entry filed under it is dropped after the commit.
/// </summary>
public sealed class IndicatorCache(RedisJsonCache cache)
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(30);

    /// <summary>Returns the cached value (and true) or computes, stores and returns it (and false).</summary>
    public Task<(T? Value, bool FromCache)> GetOrComputeAsync<T>(string key, IReadOnlyCollection<Period> dependsOn, Func<Task<T?>> compute)
        where T : class =>
        cache.GetOrComputeAsync($"indicators:v1:{key}", TimeToLive, compute, dependsOn.Select(PeriodTag));

    /// <summary>Drops everything computed from these periods.</summary>
    public async Task InvalidateAsync(IEnumerable<Period> periods)
    {
        foreach (var period in periods.Distinct())
        {
            await cache.RemoveTaggedAsync(PeriodTag(period));
        }
    }

    private static string PeriodTag(Period period) => $"indicators:v1:period:{period}";
}
