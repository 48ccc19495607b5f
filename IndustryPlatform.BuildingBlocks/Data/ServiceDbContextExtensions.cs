using IndustryPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace IndustryPlatform.BuildingBlocks.Data;

public static class ServiceDbContextExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TDbContext"/> on PostgreSQL (<c>ConnectionStrings:&lt;connectionName&gt;</c>), with the
    /// interceptor that wakes the outbox relay after a commit and a health check tagged "ready".
    /// </summary>
    public static IHostApplicationBuilder AddServiceDbContext<TDbContext>(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<NpgsqlDbContextOptionsBuilder>? configureNpgsql = null)
        where TDbContext : DbContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (connectionString is null && !EF.IsDesignTime)
        {
            throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");
        }

        builder.Services.TryAddSingleton<OutboxSignal<TDbContext>>();
        builder.Services.TryAddSingleton<OutboxCommitInterceptor<TDbContext>>();
        builder.Services.AddDbContext<TDbContext>((services, options) => options
            // At design time (dotnet ef migrations add) no connection string is needed.
            .UseNpgsql(connectionString, npgsql =>
            {
                npgsql.ConfigureDataSource(dataSource => dataSource.ConfigureTracing(tracing => tracing
                    .ConfigureCommandFilter(_ => !MessagingTelemetry.IsDatabaseTracingSuppressed)
                    .ConfigureBatchFilter(_ => !MessagingTelemetry.IsDatabaseTracingSuppressed)));
                configureNpgsql?.Invoke(npgsql);
            })
            .AddInterceptors(services.GetRequiredService<OutboxCommitInterceptor<TDbContext>>()));

        builder.Services.AddHealthChecks().AddDbContextCheck<TDbContext>(connectionName, tags: ["ready"]);
        return builder;
    }
}
