using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IndustryPlatform.BuildingBlocks.Data;

internal sealed partial class MigrationAndSeedService<TDbContext, TSeeder>(
    IServiceScopeFactory scopes,
    SeedFiles seeds,
    ILogger<MigrationAndSeedService<TDbContext, TSeeder>> logger) : IHostedService
    where TDbContext : DbContext
    where TSeeder : class, IDatabaseSeeder<TDbContext>
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
                await db.Database.MigrateAsync(cancellationToken);
                await scope.ServiceProvider.GetRequiredService<TSeeder>().SeedAsync(db, seeds, cancellationToken);
                LogReady(typeof(TDbContext).Name, attempt, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return;
            }
            catch (Exception ex) when (IsDatabaseNotReady(ex) && !cancellationToken.IsCancellationRequested)
            {
                LogNotReady(typeof(TDbContext).Name, attempt, ex.Message);
                await Task.Delay(delay, cancellationToken);
                delay = delay * 2 < MaxDelay ? delay * 2 : MaxDelay;
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Worth waiting for: the server is not up, still starting, or out of connections. Anything else (a broken migration) fails the start.</summary>
    private static bool IsDatabaseNotReady(Exception ex) => ex switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections
            or PostgresErrorCodes.AdminShutdown
            or PostgresErrorCodes.CrashShutdown,
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or TimeoutException or IOException,
        SocketException or TimeoutException => true,
        _ => ex.InnerException is not null && IsDatabaseNotReady(ex.InnerException),
    };

    [LoggerMessage(LogLevel.Information, "{DbContext} migrated and seeded (attempt {Attempt}, {ElapsedMs:0} ms)")]
    private partial void LogReady(string dbContext, int attempt, double elapsedMs);

    [LoggerMessage(LogLevel.Warning, "{DbContext}: PostgreSQL is not ready (attempt {Attempt}): {Reason}; retrying")]
    private partial void LogNotReady(string dbContext, int attempt, string reason);
}
