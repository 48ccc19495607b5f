using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Events;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.UseCases;

/// <summary>
/// 事实重发 — publishes the facts of every project as it stands (ProjectFactsChanged, withdrawn ones included, so a
/// consumer learns of the withdrawal), a page at a time through the outbox, each page in its own transaction. Facts
/// carry the project's version, so a resync running beside a change can never undo it at the consumer.
/// </summary>
public sealed class RepublishProjectFacts(ProjectsDbContext db)
{
    public const int PageSize = 500;

    /// <returns>How many projects were republished.</returns>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var published = 0;
        var after = Guid.Empty;
        while (true)
        {
            var page = await db.Projects.AsNoTracking()
                .Where(p => p.Id.CompareTo(after) > 0)
                .OrderBy(p => p.Id)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return published;
            }

            foreach (var project in page)
            {
                db.AddIntegrationEvent(project.ToFactsChangedEvent());
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            published += page.Count;
            after = page[^1].Id;
        }
    }
}
