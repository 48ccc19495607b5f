using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>Enterprises read by credit code, kept for <see cref="TimeToLive"/> and dropped after a change commits.</summary>
public sealed class EnterpriseCache(RedisJsonCache cache)
{
    /// <summary>Also bounds how long a copy written by a read that raced a change can stay stale.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    /// <summary>v2 since entries carry the listing status: a v1 copy would read as not listed.</summary>
    public static string Key(CreditCode code) => Key(code.Value);

    public Task<RegistryEntry?> GetAsync(CreditCode code) => cache.GetAsync<RegistryEntry>(Key(code));

    public Task SetAsync(RegistryEntry entry) => cache.SetAsync(Key(entry.CreditCode), entry, TimeToLive);

    public Task RemoveAsync(CreditCode code) => cache.RemoveAsync(Key(code));

    private static string Key(string creditCode) => $"enterprises:v2:{creditCode}";
}
