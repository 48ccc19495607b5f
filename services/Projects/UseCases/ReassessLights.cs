using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Projects.Events;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.UseCases;

/// <summary>
/// 每日亮灯 — judges every project not yet at capacity nor withdrawn against today's date and announces each change of light.
/// A batch at a time, each in its own transaction; a project changed meanwhile is left for the next run.
/// </summary>
public sealed class ReassessLights(ProjectsDbContext db, TimeProvider clock)
{
    private const int BatchSize = 200;

    /// <returns>How many projects changed light.</returns>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var thresholds = await db.LoadWarningThresholdsAsync(cancellationToken);
        var today = HuzhouCalendar.Today(clock);
        var changed = 0;
        var after = Guid.Empty;
        while (true)
        {
            var batch = await db.Projects
                .Where(p => p.Stage != ProjectStage.AtCapacity && !p.IsWithdrawn && p.Id.CompareTo(after) > 0)
                .OrderBy(p => p.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return changed;
            }

            var now = clock.GetUtcNow();
            var batchChanged = 0;
            foreach (var project in batch)
            {
                var previous = project.Light;
                if (project.ReassessLight(today, thresholds))
                {
                    db.AddIntegrationEvent(project.ToLightChangedEvent(previous, now));
                    batchChanged++;
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                changed += batchChanged;
            }
            catch (DbUpdateConcurrencyException)
            {
                // A user's change won and judged its project's light itself; this batch is judged again next run.
            }

            db.ChangeTracker.Clear();
            after = batch[^1].Id;
        }
    }
}
