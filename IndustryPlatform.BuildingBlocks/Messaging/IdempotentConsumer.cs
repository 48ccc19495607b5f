using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>
/// A consumer whose effect happens once per message, however often the broker delivers it: the message id is
/// recorded in <c>inbox_messages</c> in the same transaction as the changes <see cref="ApplyAsync"/> makes.
/// A redelivered message is acknowledged without effect. An exception rolls everything back, so MassTransit's
/// retry (and, after that, the error queue) sees the message as unhandled.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TDbContext>(TDbContext db) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    protected TDbContext Db { get; } = db;

    /// <summary>The name under which this consumer records messages it applied; stable across deployments.</summary>
    protected virtual string ConsumerName => GetType().FullName ?? GetType().Name;

    /// <summary>Makes the changes (on <see cref="Db"/>, without calling SaveChanges); the base saves and commits them.</summary>
    protected abstract Task ApplyAsync(ConsumeContext<TMessage> context);

    /// <summary>
    /// Runs once the changes of <see cref="ApplyAsync"/> have committed, and not for a redelivery that had been applied
    /// before: the place to drop cached copies of what changed. A failure here does not undo the commit.
    /// </summary>
    protected virtual Task AfterCommitAsync(ConsumeContext<TMessage> context) => Task.CompletedTask;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        // Without an id a redelivery cannot be recognised; refusing beats applying twice.
        var messageId = context.MessageId
            ?? throw new InvalidOperationException(
                $"{typeof(TMessage).Name} arrived without a MessageId, so {ConsumerName} cannot apply it exactly once.");

        var applied = await Inbox.ApplyOnceAsync(Db, messageId, ConsumerName, () => ApplyAsync(context), context.CancellationToken);
        if (applied)
        {
            await AfterCommitAsync(context);
        }
        else if (context.TryGetPayload(out IServiceProvider? services))
        {
            services.GetService<ILogger<IdempotentConsumer<TMessage, TDbContext>>>()
                ?.LogInformation("{Consumer} already applied message {MessageId}; acknowledged without effect", ConsumerName, messageId);
        }
    }
}
