using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace IndustryPlatform.BuildingBlocks.Caching;

public static class RedisCacheExtensions
{
    /// <summary>
    /// Redis (ConnectionStrings:redis) for a service's caches. A cache must never hold a request up: the service
    /// starts without Redis, and while it is down commands fail at once instead of queueing, so reads fall back to PostgreSQL.
    /// </summary>
    public static IHostApplicationBuilder AddRedisCache(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("redis")
            ?? throw new InvalidOperationException("ConnectionStrings:redis is not configured.");
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2_000;
        options.SyncTimeout = 1_000;
        options.AsyncTimeout = 1_000;
        options.BacklogPolicy = BacklogPolicy.FailFast;

        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddSingleton<RedisJsonCache>();
        return builder;
    }
}
