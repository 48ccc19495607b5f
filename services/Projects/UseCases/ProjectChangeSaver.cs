using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Projects.Events;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IndustryPlatform.Projects.UseCases;

internal static class ProjectChangeSaver
{
    /// <summary>
    /// A concurrent change that committed first wrote the history line of the same number (the key is project and
    /// sequence = version); PostgreSQL may report that before the version check on the project row.
    /// </summary>
    private static bool IsHistoryLineTaken(Exception ex) =>
        ex is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "pk_project_history" } };

    /// <summary>
    /// After a change: the light is judged afresh (a new stage has a new next plan), a change of light is announced, the
    /// project's facts at its new version are published (ProjectFactsChanged), and all of it commits with the change or
    /// not at all. The version column makes a concurrent change lose.
    /// </summary>
    public static async Task SaveChangeAsync(this ProjectsDbContext db, Project project, TimeProvider clock, CancellationToken cancellationToken)
    {
        var thresholds = await db.LoadWarningThresholdsAsync(cancellationToken);
        var previous = project.Light;
        if (project.ReassessLight(HuzhouCalendar.Today(clock), thresholds))
        {
            db.AddIntegrationEvent(project.ToLightChangedEvent(previous, project.ChangedAt));
        }

        db.AddIntegrationEvent(project.ToFactsChangedEvent());

        await db.SaveChangesOrConflictAsync(RuleCodes.Project.VersionStale,
            $"Project {project.Id} was changed by someone else while this change was being made. Read it again and reapply the change.",
            cancellationToken, IsHistoryLineTaken);
    }
}
