using IndustryPlatform.BuildingBlocks.Messaging;
using MassTransit;

namespace IndustryPlatform.BuildingBlocks.Tests.Support;

public sealed class RelayedEventConsumer(Deliveries deliveries) : IConsumer<RelayedEvent>
{
    public Task Consume(ConsumeContext<RelayedEvent> context)
    {
        deliveries.Record(context, $"{context.Message.Key}#{context.Message.Sequence}");
        return Task.CompletedTask;
    }
}

public sealed class OutageEventConsumer(Deliveries deliveries) : IConsumer<OutageEvent>
{
    public Task Consume(ConsumeContext<OutageEvent> context)
    {
        deliveries.Record(context, context.Message.Key);
        return Task.CompletedTask;
    }
}

public sealed class ContendedEventConsumer(Deliveries deliveries) : IConsumer<ContendedEvent>
{
    public Task Consume(ConsumeContext<ContendedEvent> context)
    {
        deliveries.Record(context, $"{context.Message.Key}#{context.Message.Sequence}");
        return Task.CompletedTask;
    }
}

/// <summary>Counts every delivery it sees, then lets the base apply the increment at most once.</summary>
public sealed class TallyConsumer(TestDbContext db, Deliveries deliveries) : IdempotentConsumer<InboxEvent, TestDbContext>(db)
{
    protected override async Task ApplyAsync(ConsumeContext<InboxEvent> context)
    {
        // Slow enough that duplicates delivered together really overlap.
        await Task.Delay(100, context.CancellationToken);
        var tally = await Db.Tallies.FindAsync([context.Message.Key], context.CancellationToken);
        if (tally is null)
        {
            Db.Tallies.Add(new Tally { Key = context.Message.Key, Count = 1 });
        }
        else
        {
            tally.Count++;
        }

        deliveries.Record(context, context.Message.Key);
    }
}

public sealed class AlwaysFailingConsumer(Deliveries deliveries) : IConsumer<PoisonEvent>
{
    public Task Consume(ConsumeContext<PoisonEvent> context)
    {
        deliveries.Record(context, context.Message.Key);
        throw new InvalidOperationException($"Poison {context.Message.Key} cannot be handled.");
    }
}

/// <summary>Fails as a database restart would (a timeout) the first <see cref="FailuresBeforeSuccess"/> times per key.</summary>
public sealed class RestartWeatheringConsumer(Deliveries deliveries) : IConsumer<TransientEvent>
{
    public const int FailuresBeforeSuccess = 5;

    public Task Consume(ConsumeContext<TransientEvent> context)
    {
        deliveries.Record(context, context.Message.Key);
        if (deliveries.All.Count(d => d.Key == context.Message.Key) <= FailuresBeforeSuccess)
        {
            throw new TimeoutException($"The database did not answer for {context.Message.Key}.");
        }

        return Task.CompletedTask;
    }
}
