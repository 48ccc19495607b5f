using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IndustryPlatform.Projects.Data;

/// <summary>For <c>dotnet ef migrations add</c>: the model only, no running host and no database connection.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ProjectsDbContext>
{
    public ProjectsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ProjectsDbContext>()
            .UseNpgsql("Host=localhost;Database=projectsdb")
            .Options);
}
