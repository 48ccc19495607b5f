using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Projects.Events;

namespace IndustryPlatform.Projects.UseCases;

/// <param name="Stage">The stage reached, by name (e.g. "Started").</param>
/// <param name="ReachedOn">yyyy-MM-dd</param>
public sealed record AdvanceProjectCommand(string? ProjectId, int ExpectedVersion, string? Stage, string? ReachedOn);

/// <summary>节点推进 — records that a project reached its next stage and announces it (ProjectStageAdvanced).</summary>
public sealed class AdvanceProject(ProjectsDbContext db, CurrentCaller caller, TimeProvider clock)
{
    public async Task<ProjectRecord> HandleAsync(AdvanceProjectCommand command, CancellationToken cancellationToken)
    {
        var project = await db.LoadProjectAsync(command.ProjectId, cancellationToken);
        caller.Get().EnsureMayWrite(project.DistrictCode, "projects");
        project.Advance(command.ExpectedVersion, ProjectStages.Parse(command.Stage), command.ReachedOn, caller.Get().ClientId, clock);
        db.AddIntegrationEvent(project.ToStageAdvancedEvent());
        await db.SaveChangeAsync(project, clock, cancellationToken);
        return ProjectRecord.From(project);
    }
}
