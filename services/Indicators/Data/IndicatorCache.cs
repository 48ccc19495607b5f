using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Derived;

namespace IndustryPlatform.Indicators.Data;

/// <summary>
/// Hot reads (summaries, rankings, bulletins of the latest data). Each entry is filed under the periods it was computed
/// from; when figures of a period change, every entry filed under it is dropped after the commit. An entry counted from
/// registry facts (or showing the plan's targets) also carries, in its key, the generation of each kind of facts it read (and the plan's): a fact change moves the
/// generation on, so an entry computed before it is never found again — even one whose computation was still running
/// while the fact committed, which dropping by tag would have let through.
/// </summary>
public sealed partial class IndicatorCache(RedisJsonCache cache, ILogger<IndicatorCache> logger)
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(30);

    /// <summary>Returns the cached value (and true) or computes, stores and returns it (and false).</summary>
    /// <param name="readsPlan">The entry shows targets of the plan: a target set moves the plan's generation on.</param>
    public async Task<(T? Value, bool FromCache)> GetOrComputeAsync<T>(
        string key, IReadOnlyCollection<Period> dependsOn, Func<Task<T?>> compute, IEnumerable<FactKind>? countedFrom = null, bool readsPlan = false)
        where T : class
    {
        var kinds = (countedFrom ?? []).Distinct().Order().ToList();
        if (kinds.Count > 0 || readsPlan)
        {
            // Read before computing: a fact or target committed meanwhile makes this entry one nobody asks for again.
            if (await cache.CountersAsync([.. kinds.Select(GenerationKey), .. readsPlan ? [PlanGenerationKey] : Array.Empty<string>()]) is not { } generations)
            {
                return (await compute(), false);
            }

            key = readsPlan
                ? $"{key}:facts-{string.Join('.', generations[..^1])}:plan-{generations[^1]}"
                : $"{key}:facts-{string.Join('.', generations)}";
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

    /// <summary>A target of the plan was set: everything that showed targets is stale.</summary>
    public async Task InvalidatePlanAsync()
    {
        if (!await cache.IncrementAsync(PlanGenerationKey))
        {
            LogPlanFailed();
        }
    }

    private static string PeriodTag(Period period) => $"indicators:v1:period:{period}";

    private const string PlanGenerationKey = "indicators:v1:plan-generation";

    private static string GenerationKey(FactKind facts) => $"indicators:v1:facts-generation:{facts.ToString().ToLowerInvariant()}";

    [LoggerMessage(LogLevel.Warning, "Could not move the cache generation of {Facts} on; the cache is distrusted until Redis answers again")]
    private partial void LogFailed(FactKind facts);

    [LoggerMessage(LogLevel.Warning, "Could not move the plan's cache generation on; the cache is distrusted until Redis answers again")]
    private partial void LogPlanFailed();
}
