using IndustryPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IndustryPlatform.BuildingBlocks.Tests.Seeding;

public sealed class SeededRegion
{
    public required string Code { get; init; }

    public required string NameZh { get; set; }
}

/// <summary>A context with a real EF migration (made by dotnet ef, as the services make theirs), seeded from seeds/regions.json.</summary>
public sealed class SeededDbContext(DbContextOptions<SeededDbContext> options) : DbContext(options)
{
    public DbSet<SeededRegion> Regions => Set<SeededRegion>();

    // As the services' contexts (ServiceDbContext): the outbox and inbox are named by the snake_case convention, which
    // AddServiceDbContext puts in the options; a context made by hand gets it here.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (optionsBuilder.Options.FindExtension<EFCore.NamingConventions.Internal.NamingConventionsOptionsExtension>() is null)
        {
            optionsBuilder.UseSnakeCaseNamingConvention();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SeededRegion>(region =>
        {
            region.ToTable("regions");
            region.HasKey(r => r.Code);
            region.Property(r => r.Code).HasColumnName("code").HasMaxLength(32);
            region.Property(r => r.NameZh).HasColumnName("name_zh").HasMaxLength(64);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}

/// <summary>For dotnet ef only; the tests register the context through AddServiceDbContext.</summary>
public sealed class SeededDbContextFactory : IDesignTimeDbContextFactory<SeededDbContext>
{
    public SeededDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SeededDbContext>().UseNpgsql().Options);
}
