using System.Diagnostics;
using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.Testing;
using Polly.CircuitBreaker;
using StackExchange.Redis;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>A Redis that hangs costs a few calls one timeout each, then nothing until the breaker tries again.</summary>
public sealed class RedisCallPolicyTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly string _name = $"bbt-policy-{Guid.NewGuid():N}";
    private ConnectionMultiplexer _client = null!;
    private ConnectionMultiplexer _operator = null!;

    public async ValueTask InitializeAsync()
    {
        var client = ConfigurationOptions.Parse(infrastructure.RedisConnectionString);
        client.ClientName = _name;
        // Longer than the policy's own timeout, so only the policy cuts a hung call short.
        client.AsyncTimeout = 10_000;
        _client = await ConnectionMultiplexer.ConnectAsync(client);
        var admin = ConfigurationOptions.Parse(infrastructure.RedisConnectionString);
        admin.AllowAdmin = true;
        _operator = await ConnectionMultiplexer.ConnectAsync(admin);
    }

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        await _operator.DisposeAsync();
    }

    [Fact]
    public async Task Calls_that_time_out_against_a_hung_Redis_open_the_breaker()
    {
        var policy = new RedisCallPolicy();
        await policy.RunAsync(database => database.PingAsync(), _client);

        await _operator.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", "6000", "WRITE");
        for (var i = 0; i < 3; i++)
        {
            var timedOut = await Assert.ThrowsAnyAsync<Exception>(() => policy.RunAsync(database => database.StringIncrementAsync($"{_name}:n"), _client));
            Assert.True(RedisCallPolicy.IsOutage(timedOut), timedOut.GetType().Name);
        }

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<BrokenCircuitException>(() => policy.RunAsync(database => database.StringIncrementAsync($"{_name}:n"), _client));
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(200), $"an open breaker answered in {clock.ElapsedMilliseconds} ms");
    }
}
