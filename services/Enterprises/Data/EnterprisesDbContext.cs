using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.Data;

/// <summary>The Enterprises service's own database: the registry, yearly figures, tier records, digital levels, its copy of the reference tables, its outbox and inbox.</summary>
public sealed class EnterprisesDbContext(DbContextOptions<EnterprisesDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<YearlyFigures> YearlyFigures => Set<YearlyFigures>();

    public DbSet<AboveScaleYear> AboveScaleYears => Set<AboveScaleYear>();

    public DbSet<TierRecord> TierRecords => Set<TierRecord>();

    public DbSet<DigitalLevelRecord> DigitalLevelRecords => Set<DigitalLevelRecord>();
}
