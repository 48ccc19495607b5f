using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Facts;
using IndustryPlatform.Indicators.Domain.Plan;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.Data;

public sealed class IndicatorsDbContext(DbContextOptions<IndicatorsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Observation> Observations => Set<Observation>();

    /// <summary>The plan's current value of each region's target (a chain's are behind the query filter: IgnoreQueryFilters).</summary>
    public DbSet<Target> Targets => Set<Target>();

    /// <summary>Every value a target was set to, who set it, when and why (append-only).</summary>
    public DbSet<PlanTargetChange> PlanTargetChanges => Set<PlanTargetChange>();

    /// <summary>Each year's light thresholds the city set (a year not here has the defaults), and every change of them.</summary>
    public DbSet<LightThresholds> LightThresholds => Set<LightThresholds>();

    public DbSet<LightThresholdsChange> LightThresholdsChanges => Set<LightThresholdsChange>();

    /// <summary>The registries' records Indicators counts from (its own copy, kept by the fact consumers).</summary>
    public DbSet<ProjectFact> ProjectFacts => Set<ProjectFact>();

    public DbSet<TierFact> TierFacts => Set<TierFact>();

    public DbSet<ListingFact> ListingFacts => Set<ListingFact>();
}
