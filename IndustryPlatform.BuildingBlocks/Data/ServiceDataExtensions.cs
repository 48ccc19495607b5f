using IndustryPlatform.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IndustryPlatform.BuildingBlocks.Data;

public static class ServiceDataExtensions
{
    /// <summary>
    /// A service's own database and its side of the bus, in the one order that works: <typeparamref name="TDbContext"/>
    /// on <c>ConnectionStrings:&lt;database&gt;</c>, migrated and seeded by <typeparamref name="TSeeder"/> before anything
    /// else starts; MassTransit over RabbitMQ with <paramref name="consumers"/> and the outbox relay; and the clock.
    /// </summary>
    public static IHostApplicationBuilder AddServiceData<TDbContext, TSeeder>(
        this IHostApplicationBuilder builder, string serviceName, string database, Action<IBusRegistrationConfigurator>? consumers = null)
        where TDbContext : DbContext
        where TSeeder : class, IDatabaseSeeder<TDbContext>
    {
        builder.AddServiceDbContext<TDbContext>(database);
        builder.Services.AddMigrationAndSeed<TDbContext, TSeeder>();
        builder.AddMessaging<TDbContext>(serviceName, consumers);
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
