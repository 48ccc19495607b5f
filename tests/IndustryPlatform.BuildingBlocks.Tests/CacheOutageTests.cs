using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>
/// A cache that cannot serve what was replaced: an eviction lost while Redis hung, or an old entry Redis brings back
/// from its append-only file after a restart, is never served once Redis answers again.
/// </summary>
public sealed class CacheOutageTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly string _scope = $"bbt-cache-{Guid.NewGuid():N}";
    private ConnectionMultiplexer _service = null!;
    private ConnectionMultiplexer _operator = null!;
    private CacheEpoch _epoch = null!;
    private RedisJsonCache _cache = null!;

    private sealed record Entry(string Name, int Version);

    public async ValueTask InitializeAsync()
    {
        var service = ConfigurationOptions.Parse(infrastructure.RedisConnectionString);
        service.ClientName = _scope;
        service.AbortOnConnectFail = false;
        service.AsyncTimeout = 1_000;
        service.BacklogPolicy = BacklogPolicy.FailFast;
        _service = await ConnectionMultiplexer.ConnectAsync(service);
        var admin = ConfigurationOptions.Parse(infrastructure.RedisConnectionString);
        admin.AllowAdmin = true;
        _operator = await ConnectionMultiplexer.ConnectAsync(admin);

        var policy = new RedisCallPolicy();
        _epoch = new CacheEpoch(_service, policy, _scope, NullLogger<CacheEpoch>.Instance);
        _cache = new RedisJsonCache(_service, policy, _epoch, NullLogger<RedisJsonCache>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        await _operator.DisposeAsync();
    }

    [Fact]
    public async Task An_eviction_lost_while_Redis_hung_does_not_let_the_old_entry_be_served_after_it_answers_again()
    {
        var key = $"{_scope}:enterprise";
        var v1 = new Entry("湖州旧名有限公司", 1);
        var v2 = new Entry("湖州新名有限公司", 2);
        await _cache.GetOrComputeAsync(key, TimeSpan.FromMinutes(10), () => Task.FromResult<Entry?>(v1));
        Assert.Equal((v1, true), await _cache.GetOrComputeAsync(key, TimeSpan.FromMinutes(10), () => Task.FromResult<Entry?>(v2)));
        var stored = await _operator.GetDatabase().StringGetAsync(key);

        // Redis hangs; the change commits and its eviction times out.
        await _operator.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", "2500", "ALL");
        await _cache.RemoveAsync(key);
        Assert.False(_epoch.IsTrusted);
        Assert.Equal((v2, false), await _cache.GetOrComputeAsync(key, TimeSpan.FromMinutes(10), () => Task.FromResult<Entry?>(v2)));

        // Redis answers again with the old entry still there (here written back, as a reload from its append-only file would).
        await WaitUntilTrustedAsync();
        await _operator.GetDatabase().StringSetAsync(key, stored, TimeSpan.FromMinutes(10));

        Assert.Equal((v2, false), await _cache.GetOrComputeAsync(key, TimeSpan.FromMinutes(10), () => Task.FromResult<Entry?>(v2)));
        Assert.Equal((v2, true), await _cache.GetOrComputeAsync(key, TimeSpan.FromMinutes(10), () => Task.FromResult<Entry?>(null)));
    }

    [Fact]
    public async Task A_dropped_connection_moves_the_epoch_on_so_entries_from_before_a_restart_are_not_served()
    {
        var key = $"{_scope}:pyramid";
        var before = new Entry("2024", 1);
        await _cache.GetOrComputeAsync(key, TimeSpan.FromMinutes(10), () => Task.FromResult<Entry?>(before));
        var epochBefore = (long?)await _operator.GetDatabase().StringGetAsync(_epoch.Key) ?? 0;

        // What a restart does to the service's connection; the entry stays, as an append-only file would bring it back.
        var list = (string)(await _operator.GetDatabase().ExecuteAsync("CLIENT", "LIST"))!;
        foreach (var id in list.Split('\n').Where(l => l.Contains($" name={_scope} ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[0]["id=".Length..]))
        {
            await _operator.GetDatabase().ExecuteAsync("CLIENT", "KILL", "ID", id);
        }

        await WaitUntilAsync(async () => (long?)await _operator.GetDatabase().StringGetAsync(_epoch.Key) > epochBefore);
        await WaitUntilTrustedAsync();

        var after = new Entry("2024", 2);
        Assert.Equal((after, false), await _cache.GetOrComputeAsync(key, TimeSpan.FromMinutes(10), () => Task.FromResult<Entry?>(after)));
    }

    [Fact]
    public async Task Counters_are_not_trusted_while_the_cache_is_not()
    {
        var counter = $"{_scope}:generation";
        Assert.True(await _cache.IncrementAsync(counter));
        Assert.Equal(new long[] { 1 }, (await _cache.CountersAsync([counter]))!);

        await _operator.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", "2000", "ALL");
        Assert.False(await _cache.IncrementAsync(counter));
        Assert.Null(await _cache.CountersAsync([counter]));

        await WaitUntilTrustedAsync();
        Assert.NotNull(await _cache.CountersAsync([counter]));
    }

    private Task WaitUntilTrustedAsync() => WaitUntilAsync(() => Task.FromResult(_epoch.IsTrusted));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "not so within 30 s");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
