using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.Data;

internal static class ProjectQueries
{
    /// <summary>The project with its milestones and history, tracked for a change.</summary>
    public static async Task<Project> LoadProjectAsync(this ProjectsDbContext db, string? id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var projectId))
        {
            throw new InvalidInputException([new("project_id", RuleCodes.Project.IdFormat, $"'{id}' is not a project id (a UUID).")]);
        }

        return await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken) ?? throw ProjectNotFound.For(id);
    }

    public static async Task<ProjectReferenceData> LoadProjectReferenceDataAsync(this ProjectsDbContext db, CancellationToken cancellationToken)
    {
        var districts = await db.Set<Region>().AsNoTracking().Where(r => r.Kind == RegionKind.District).Select(r => r.Code).ToListAsync(cancellationToken);
        var chains = await db.Set<IndustryChain>().AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken);
        return new ProjectReferenceData(districts.ToHashSet(StringComparer.Ordinal), chains.ToHashSet(StringComparer.Ordinal));
    }

    public static async Task<WarningThresholds> LoadWarningThresholdsAsync(this ProjectsDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.WarningThresholds.AsNoTracking().SingleOrDefaultAsync(r => r.Key == WarningThresholdsRow.DefaultKey, cancellationToken)
            ?? throw new InvalidOperationException("The warning thresholds are not seeded (seeds/project-warning-thresholds.json).");
        return row.ToThresholds();
    }
}
