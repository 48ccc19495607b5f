using System.Globalization;
using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>The city-wide evaluation by year, every year under one tag, so that recorded figures drop them all at once.</summary>
public sealed class EvaluationCache(RedisJsonCache cache)
{
    public const string Tag = "enterprises:v1:evaluations";

    /// <summary>Bounds how long an evaluation computed by a read that raced a change of figures can stay stale.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    public Task<(CityEvaluation? Value, bool FromCache)> GetOrEvaluateAsync(int year, Func<Task<CityEvaluation?>> evaluate) =>
        cache.GetOrComputeAsync(Key(year), TimeToLive, evaluate, [Tag]);

    public Task InvalidateAsync() => cache.RemoveTaggedAsync(Tag);

    private static string Key(int year) => $"{Tag}:{year.ToString(CultureInfo.InvariantCulture)}";
}
