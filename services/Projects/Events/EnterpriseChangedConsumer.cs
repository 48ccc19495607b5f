using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Projects.Data;
using MassTransit;

namespace IndustryPlatform.Projects.Events;

/// <summary>Keeps Projects' copy of an enterprise up to date with the registry.</summary>
public sealed class EnterpriseChangedConsumer(ProjectsDbContext db, TimeProvider clock)
    : IdempotentConsumer<EnterpriseChanged, ProjectsDbContext>(db)
{
    protected override Task ApplyAsync(ConsumeContext<EnterpriseChanged> context)
    {
        var e = context.Message;
        return Db.ApplyEnterpriseSnapshotAsync(
            new(e.CreditCode, e.NameZh, e.NameEn, e.DistrictCode, e.IndustryCode, e.ChainCode, e.Version),
            clock.GetUtcNow(),
            context.CancellationToken);
    }
}
