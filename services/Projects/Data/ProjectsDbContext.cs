using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.Data;

public sealed class ProjectsDbContext(DbContextOptions<ProjectsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<KnownEnterprise> KnownEnterprises => Set<KnownEnterprise>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<YearlyTarget> YearlyTargets => Set<YearlyTarget>();
    internal DbSet<WarningThresholdsRow> WarningThresholds => Set<WarningThresholdsRow>();
}
