using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;
using MassTransit;

namespace IndustryPlatform.Projects.Events;

/// <summary>Keeps Projects' own copy of an enterprise as the registry last announced it.</summary>
public abstract class KnownEnterpriseConsumer<TMessage>(ProjectsDbContext db, TimeProvider clock) : IdempotentConsumer<TMessage, ProjectsDbContext>(db)
    where TMessage : class
{
    protected abstract EnterpriseSnapshot SnapshotOf(TMessage message);

    protected sealed override Task ApplyAsync(ConsumeContext<TMessage> context) =>
        Db.ApplyEnterpriseSnapshotAsync(SnapshotOf(context.Message), clock.GetUtcNow(), context.CancellationToken);
}
