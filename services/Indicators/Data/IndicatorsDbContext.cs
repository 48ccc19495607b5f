using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Facts;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.Data;

public sealed class IndicatorsDbContext(DbContextOptions<IndicatorsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<Target> Targets => Set<Target>();

    /// <summary>The registries' records Indicators counts from (its own copy, kept by the fact consumers).</summary>
    public DbSet<ProjectFact> ProjectFacts => Set<ProjectFact>();

    public DbSet<TierFact> TierFacts => Set<TierFact>();

    public DbSet<ListingFact> ListingFacts => Set<ListingFact>();
}
