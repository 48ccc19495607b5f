using IndustryPlatform.Testing;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Tests.Support;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>Two instances of one service share a database and a queue; FOR UPDATE SKIP LOCKED keeps them off each other's rows.</summary>
public sealed class OutboxContentionTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Two_relays_over_one_outbox_publish_every_row_exactly_once()
    {
        var database = await TestDatabase.CreateAsync(infrastructure, "bb_outbox_contention");
        await using var first = await StartInstanceAsync(database);
        await using var second = await StartInstanceAsync(database);

        const int count = 200;
        var key = Guid.NewGuid().ToString("N");
        await using (var db = TestDatabase.Open(database))
        {
            for (var sequence = 1; sequence <= count; sequence++)
            {
                db.AddIntegrationEvent(new ContendedEvent(key, sequence));
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        List<Delivery> received;
        while (true)
        {
            received = [.. first.Deliveries.All.Concat(second.Deliveries.All).Where(d => d.Key.StartsWith(key))];
            if (received.Count >= count || timeout.IsCancellationRequested)
            {
                break;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        // Give a duplicate publication time to show up.
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        received = [.. first.Deliveries.All.Concat(second.Deliveries.All).Where(d => d.Key.StartsWith(key))];
        Assert.Equal(count, received.Count);
        Assert.Equal(count, received.Select(d => d.MessageId).Distinct().Count());
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"consumed by instance 1: {first.Deliveries.All.Count}, by instance 2: {second.Deliveries.All.Count}");
    }

    private Task<TestService> StartInstanceAsync(string database) => TestService.StartAsync(
        "bbt-contention", database, infrastructure.RabbitMqConnectionString,
        bus => bus.AddConsumer<ContendedEventConsumer>(),
        outbox =>
        {
            outbox.BatchSize = 5;
            outbox.PollInterval = TimeSpan.FromMilliseconds(200);
        });
}
