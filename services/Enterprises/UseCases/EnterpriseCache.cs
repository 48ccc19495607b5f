using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>Enterprises read by credit code, kept for <see cref="TimeToLive"/> and dropped after a change commits.</summary>
public sealed class EnterpriseCache(RedisJsonCache cache)
{
    /// <summary>Also bounds how long a copy written by a read that raced a change can stay stale.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    /// <summary>v3 since entries are stamped with the cache epoch (v2: they carry the listing status).</summary>
    public static string Key(CreditCode code) => Key(code.Value);

    public Task<(RegistryEntry? Value, bool FromCache)> GetOrReadAsync(CreditCode code, Func<Task<RegistryEntry?>> read) =>
        cache.GetOrComputeAsync(Key(code), TimeToLive, read);

    public Task RemoveAsync(CreditCode code) => cache.RemoveAsync(Key(code));

    private static string Key(string creditCode) => $"enterprises:v3:{creditCode}";
}
