using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.UseCases;

/// <summary>项目查询 — one project with its milestones and full history.</summary>
public sealed class GetProject(ProjectsDbContext db)
{
    public async Task<ProjectRecord> HandleAsync(string? id, CancellationToken cancellationToken)
    {
        var project = await db.LoadProjectAsync(id, cancellationToken);
        db.Entry(project).State = EntityState.Detached;
        return ProjectRecord.From(project);
    }
}
