using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Projects.Data;
using MassTransit;

namespace IndustryPlatform.Projects.Events;

/// <summary>Adds a newly registered enterprise to Projects' own list of enterprises.</summary>
public sealed class EnterpriseRegisteredConsumer(ProjectsDbContext db, TimeProvider clock)
    : IdempotentConsumer<EnterpriseRegistered, ProjectsDbContext>(db)
{
    protected override Task ApplyAsync(ConsumeContext<EnterpriseRegistered> context)
    {
        var e = context.Message;
        return Db.ApplyEnterpriseSnapshotAsync(
            new(e.CreditCode, e.NameZh, e.NameEn, e.DistrictCode, e.IndustryCode, e.ChainCode, e.Version),
            clock.GetUtcNow(),
            context.CancellationToken);
    }
}
