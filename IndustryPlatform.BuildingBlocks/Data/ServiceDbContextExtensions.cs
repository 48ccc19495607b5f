using IndustryPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace IndustryPlatform.BuildingBlocks.Data;

public static class ServiceDbContextExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TDbContext"/> on PostgreSQL (<c>ConnectionStrings:&lt;connectionName&gt;</c>) through
    /// Aspire's client integration — pooling, a health check, Npgsql tracing and metrics — plus the interceptor that wakes
    /// the outbox relay after a commit. EF's retrying execution strategy stays off: the outbox relay and the inbox open
    /// transactions of their own, which it would refuse (see docs/decisions.md).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDbContext<TDbContext>(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<NpgsqlDbContextOptionsBuilder>? configureNpgsql = null)
        where TDbContext : DbContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        var signal = OutboxSignalOf<TDbContext>(builder.Services);
        var interceptor = new OutboxCommitInterceptor<TDbContext>(signal);
        builder.AddNpgsqlDbContext<TDbContext>(
            connectionName,
            settings => settings.DisableRetry = true,
            options => options
                .UseNpgsql(npgsql =>
                {
                    npgsql.ConfigureDataSource(dataSource => dataSource.ConfigureTracing(tracing => tracing
                        .ConfigureCommandFilter(_ => !MessagingTelemetry.IsDatabaseTracingSuppressed)
                        .ConfigureBatchFilter(_ => !MessagingTelemetry.IsDatabaseTracingSuppressed)));
                    configureNpgsql?.Invoke(npgsql);
                })
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(interceptor));
        return builder;
    }

    /// <summary>One signal per context type, shared by the commit interceptor (which sets it) and the relay (which waits on it).</summary>
    private static OutboxSignal<TDbContext> OutboxSignalOf<TDbContext>(IServiceCollection services)
        where TDbContext : DbContext
    {
        if (services.FirstOrDefault(s => s.ServiceType == typeof(OutboxSignal<TDbContext>))?.ImplementationInstance is OutboxSignal<TDbContext> registered)
        {
            return registered;
        }

        var signal = new OutboxSignal<TDbContext>();
        services.AddSingleton(signal);
        return signal;
    }
}
