using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.ReferenceData;

namespace IndustryPlatform.Projects.Data;

internal sealed class ProjectsSeeder : IDatabaseSeeder<ProjectsDbContext>
{
    public Task SeedAsync(ProjectsDbContext db, SeedFiles seeds, CancellationToken cancellationToken) =>
        db.SeedReferenceDataAsync(seeds, cancellationToken);
}
