using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace IndustryPlatform.BuildingBlocks.Caching;

public static class RedisCacheExtensions
{
    public const string ConnectionName = "redis";

    /// <summary>
    /// Redis (<c>ConnectionStrings:redis</c>) through Aspire's client integration (tracing, settings), for a service's caches.
    /// A cache must never hold a request up: the service starts without Redis, and while it is down commands fail at once
    /// instead of queueing, so reads fall back to PostgreSQL. Its health check asks Redis through the same client and
    /// reports Degraded, not Unhealthy: without a cache the service still serves.
    /// </summary>
    public static IHostApplicationBuilder AddRedisCache(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient(ConnectionName, settings => settings.DisableHealthChecks = true, options =>
        {
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2_000;
            options.SyncTimeout = 1_000;
            options.AsyncTimeout = 1_000;
            options.BacklogPolicy = BacklogPolicy.FailFast;
        });
        builder.Services.AddSingleton<RedisCallPolicy>();
        var scope = builder.Environment.ApplicationName;
        builder.Services.AddSingleton(services => new CacheEpoch(
            services.GetRequiredService<IConnectionMultiplexer>(), services.GetRequiredService<RedisCallPolicy>(), scope,
            services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<CacheEpoch>>()));
        builder.Services.AddSingleton<RedisJsonCache>();
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(ConnectionName, HealthStatus.Degraded);
        return builder;
    }
}
