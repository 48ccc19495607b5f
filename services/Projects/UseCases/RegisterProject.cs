using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Projects.Events;

namespace IndustryPlatform.Projects.UseCases;

/// <summary>项目备案 — registers a project at stage Filed and announces it (ProjectRegistered, and its facts as ProjectFactsChanged) in the same transaction.</summary>
public sealed class RegisterProject(ProjectsDbContext db, EnterpriseDirectory enterprises, CurrentCaller caller, TimeProvider clock)
{
    public async Task<ProjectRecord> HandleAsync(ProjectDetails details, CancellationToken cancellationToken)
    {
        var reference = await db.LoadProjectReferenceDataAsync(cancellationToken);
        var project = Project.Register(Guid.CreateVersion7(), details, reference, caller.Get().ClientId, clock);
        caller.Get().EnsureMayWrite(project.DistrictCode, "projects");
        await enterprises.RequireAsync(project.EnterpriseCreditCode, cancellationToken);

        var thresholds = await db.LoadWarningThresholdsAsync(cancellationToken);
        project.ReassessLight(HuzhouCalendar.Today(clock), thresholds);

        db.Projects.Add(project);
        db.AddIntegrationEvent(project.ToRegisteredEvent());
        db.AddIntegrationEvent(project.ToFactsChangedEvent());
        await db.SaveChangesAsync(cancellationToken);
        return ProjectRecord.From(project);
    }
}
