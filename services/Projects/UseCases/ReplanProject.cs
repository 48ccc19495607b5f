using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.UseCases;

/// <param name="PlannedOn">yyyy-MM-dd</param>
public sealed record ReplanProjectCommand(string? ProjectId, int ExpectedVersion, string? Stage, string? PlannedOn, string? Reason);

/// <summary>调整计划 — moves a stage's planned date, with the reason kept in the history.</summary>
public sealed class ReplanProject(ProjectsDbContext db, CurrentCaller caller, TimeProvider clock)
{
    public async Task<ProjectRecord> HandleAsync(ReplanProjectCommand command, CancellationToken cancellationToken)
    {
        var project = await db.LoadProjectAsync(command.ProjectId, cancellationToken);
        caller.Get().EnsureMayWrite(project.DistrictCode, "projects");
        project.Replan(command.ExpectedVersion, ProjectStages.Parse(command.Stage), command.PlannedOn, command.Reason, caller.Get().ClientId, clock);
        await db.SaveChangeAsync(project, clock, cancellationToken);
        return ProjectRecord.From(project);
    }
}
