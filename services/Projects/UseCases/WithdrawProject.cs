using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Projects.Data;

namespace IndustryPlatform.Projects.UseCases;

public sealed record WithdrawProjectCommand(string? ProjectId, int ExpectedVersion, string? Reason);

/// <summary>撤销 — withdraws a project: it keeps its record and history but leaves every list, light and figure.</summary>
public sealed class WithdrawProject(ProjectsDbContext db, CurrentCaller caller, TimeProvider clock)
{
    public async Task<ProjectRecord> HandleAsync(WithdrawProjectCommand command, CancellationToken cancellationToken)
    {
        var project = await db.LoadProjectAsync(command.ProjectId, cancellationToken);
        caller.Get().EnsureMayWrite(project.DistrictCode, "projects");
        project.Withdraw(command.ExpectedVersion, command.Reason, caller.Get().ClientId, clock);
        await db.SaveChangeAsync(project, clock, cancellationToken);
        return ProjectRecord.From(project);
    }
}
