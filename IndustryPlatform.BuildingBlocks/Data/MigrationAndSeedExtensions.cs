using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IndustryPlatform.BuildingBlocks.Data;

public static class MigrationAndSeedExtensions
{
    /// <summary>
    /// Migrates <typeparamref name="TDbContext"/> (retrying until PostgreSQL answers) and then runs
    /// <typeparamref name="TSeeder"/>, before Kestrel listens and before the message bus starts consuming.
    /// </summary>
    public static IServiceCollection AddMigrationAndSeed<TDbContext, TSeeder>(this IServiceCollection services)
        where TDbContext : DbContext
        where TSeeder : class, IDatabaseSeeder<TDbContext>
    {
        services.TryAddSingleton<SeedFiles>();
        services.TryAddScoped<TSeeder>();

        // Hosted services start one after another in registration order: first in line, the schema exists before
        // the bus hands a consumer its first message, whichever order Extensions.cs calls things in.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, MigrationAndSeedService<TDbContext, TSeeder>>());
        return services;
    }
}
