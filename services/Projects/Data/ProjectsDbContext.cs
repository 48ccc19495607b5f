using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.Data;

public sealed class ProjectsDbContext(DbContextOptions<ProjectsDbContext> options) : DbContext(options)
{
    public DbSet<KnownEnterprise> KnownEnterprises => Set<KnownEnterprise>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<YearlyTarget> YearlyTargets => Set<YearlyTarget>();
    internal DbSet<WarningThresholdsRow> WarningThresholds => Set<WarningThresholdsRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddReferenceData();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProjectsDbContext).Assembly);
    }
}
