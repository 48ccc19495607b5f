using System.Globalization;
using IndustryPlatform.BuildingBlocks.Caching;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>The pyramid by year, every year filed under one tag, so that a certification or revocation drops them all at once.</summary>
public sealed class PyramidCache(RedisJsonCache cache)
{
    /// <summary>v4 since entries are stamped with the cache epoch (v3: each year an entry of its own).</summary>
    public const string Tag = "enterprises:v4:pyramid";

    /// <summary>Also bounds how long a certification that has since expired is still counted.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    public Task<(Pyramid? Value, bool FromCache)> GetOrCountAsync(int year, Func<Task<Pyramid?>> count) =>
        cache.GetOrComputeAsync(Key(year), TimeToLive, count, [Tag]);

    public Task InvalidateAsync() => cache.RemoveTaggedAsync(Tag);

    private static string Key(int year) => $"{Tag}:{year.ToString(CultureInfo.InvariantCulture)}";
}
