using IndustryPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Tests.Support;

/// <summary>A counter per key: the smallest state whose changes show whether a message was applied once.</summary>
public sealed class Tally
{
    public required string Key { get; init; }

    public int Count { get; set; }
}

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Tally> Tallies => Set<Tally>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

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
        modelBuilder.Entity<Tally>(tally =>
        {
            tally.ToTable("tallies");
            tally.HasKey(t => t.Key);
            tally.Property(t => t.Key).HasColumnName("key");
            tally.Property(t => t.Count).HasColumnName("count");
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
