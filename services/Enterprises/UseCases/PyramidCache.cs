using System.Globalization;
using IndustryPlatform.BuildingBlocks.Caching;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>The pyramid by year, every year filed under one tag, so that a certification or revocation drops them all at once.</summary>
public sealed class PyramidCache(RedisJsonCache cache)
{
    /// <summary>v3 since each year is an entry of its own (v2 kept them in one hash).</summary>
    public const string Tag = "enterprises:v3:pyramid";

    /// <summary>Also bounds how long a certification that has since expired is still counted.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    public Task<Pyramid?> GetAsync(int year) => cache.GetAsync<Pyramid>(Key(year));

    public Task SetAsync(Pyramid pyramid) => cache.SetAsync(Key(pyramid.Year), pyramid, TimeToLive, [Tag]);

    public Task InvalidateAsync() => cache.RemoveTaggedAsync(Tag);

    private static string Key(int year) => $"{Tag}:{year.ToString(CultureInfo.InvariantCulture)}";
}
