using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Data;

/// <summary>
/// What every service's database has besides its own tables: the reference tables, the outbox and the inbox, and
/// snake_case names for everything (EFCore.NamingConventions), so no column is named by hand. The service's entity
/// configurations are picked up from its assembly.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>
    /// A context registered by <see cref="ServiceDbContextExtensions.AddServiceDbContext"/> has the convention in its
    /// options already (a pooled context may not change them here); one made by hand — dotnet ef, a test — gets it now.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (optionsBuilder.Options.FindExtension<EFCore.NamingConventions.Internal.NamingConventionsOptionsExtension>() is null)
        {
            optionsBuilder.UseSnakeCaseNamingConvention();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddReferenceData();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }
}
