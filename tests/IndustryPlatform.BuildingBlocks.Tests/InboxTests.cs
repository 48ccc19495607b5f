using IndustryPlatform.Testing;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>An IdempotentConsumer changes state once per MessageId, however often and however concurrently it is delivered.</summary>
public sealed class InboxTests(InfrastructureFixture infrastructure, InboxTests.Service fixture) : IClassFixture<InboxTests.Service>
{
    private const string Queue = "bbt-inbox-tally";
    private readonly string _database = fixture.Database;
    private readonly ConsumedMessages<InboxEvent> _consumed = fixture.Consumed;

    public sealed class Service(InfrastructureFixture infrastructure) : IAsyncLifetime
    {
        public TestService Instance { get; private set; } = null!;

        public string Database { get; private set; } = "";

        public ConsumedMessages<InboxEvent> Consumed { get; } = new();

        public async ValueTask InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync(infrastructure, "bb_inbox");
            Instance = await TestService.StartAsync(
                "bbt-inbox", Database, infrastructure.RabbitMqConnectionString,
                bus => bus.AddConsumer<TallyConsumer>());
            Instance.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(Consumed);
        }

        public async ValueTask DisposeAsync() => await Instance.DisposeAsync();
    }

    private IBus Bus => fixture.Instance.Services.GetRequiredService<IBus>();

    [Fact]
    public async Task The_same_message_delivered_twice_through_the_broker_is_applied_once()
    {
        var key = Guid.NewGuid().ToString("N");
        var messageId = NewId.NextGuid();

        await Bus.Publish(new InboxEvent(key), context => context.MessageId = messageId, TestContext.Current.CancellationToken);
        await _consumed.WaitForAsync(messageId, 1, TimeSpan.FromSeconds(20));
        await Bus.Publish(new InboxEvent(key), context => context.MessageId = messageId, TestContext.Current.CancellationToken);
        await _consumed.WaitForAsync(messageId, 2, TimeSpan.FromSeconds(20));

        Assert.Equal(1, await CountAsync(key));
        Assert.Equal(1, await InboxRowsAsync(messageId));
    }

    [Fact]
    public async Task Copies_of_one_message_delivered_at_the_same_time_are_applied_once()
    {
        var key = Guid.NewGuid().ToString("N");
        var messageId = NewId.NextGuid();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Bus.Publish(new InboxEvent(key), context => context.MessageId = messageId, TestContext.Current.CancellationToken)));
        await _consumed.WaitForAsync(messageId, 8, TimeSpan.FromSeconds(30));

        Assert.Equal(1, await CountAsync(key));
        Assert.Equal(1, await InboxRowsAsync(messageId));
        Assert.True(_consumed.MaxInFlight >= 2, $"deliveries did not overlap (max in flight {_consumed.MaxInFlight})");
    }

    [Fact]
    public async Task Concurrent_calls_with_one_message_id_apply_once_and_report_which_applied()
    {
        var key = Guid.NewGuid().ToString("N");
        var messageId = Guid.NewGuid();
        using var start = new Barrier(8);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var db = TestDatabase.Open(_database);
            start.SignalAndWait(TestContext.Current.CancellationToken);
            return await Inbox.ApplyOnceAsync(db, messageId, "concurrent-test", async () =>
            {
                await Task.Delay(50);
                db.Tallies.Add(new Tally { Key = key, Count = 1 });
            }, TestContext.Current.CancellationToken);
        })));

        Assert.Single(results, applied => applied);
        Assert.Equal(1, await CountAsync(key));
    }

    [Fact]
    public async Task A_failing_apply_leaves_no_inbox_row_so_the_retry_can_apply_it()
    {
        var key = Guid.NewGuid().ToString("N");
        var messageId = Guid.NewGuid();
        await using var db = TestDatabase.Open(_database);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Inbox.ApplyOnceAsync(db, messageId, "retry-test", () =>
        {
            db.Tallies.Add(new Tally { Key = key, Count = 1 });
            throw new InvalidOperationException("transient");
        }, TestContext.Current.CancellationToken));
        Assert.Equal(0, await InboxRowsAsync(messageId));

        var applied = await Inbox.ApplyOnceAsync(db, messageId, "retry-test", () =>
        {
            db.Tallies.Add(new Tally { Key = key, Count = 1 });
            return Task.CompletedTask;
        }, TestContext.Current.CancellationToken);
        Assert.True(applied);
        Assert.Equal(1, await CountAsync(key));
    }

    [Fact]
    public async Task A_message_without_MessageId_is_refused_and_ends_in_the_error_queue_unapplied()
    {
        var key = Guid.NewGuid().ToString("N");
        await using var queues = new RabbitMqQueues(infrastructure.RabbitMqConnectionString);
        var marker = Guid.NewGuid();

        // A MassTransit envelope with no messageId, sent straight into the consumer's queue. The marker travels as
        // the transport message id property only, which MassTransit does not take as MessageId.
        await queues.SendRawAsync(Queue, $$$"""
            {"messageType":["urn:message:IndustryPlatform.BuildingBlocks.Tests.Support:InboxEvent"],"message":{"key":"{{{key}}}"}}
            """, new Dictionary<string, object?> { ["test-marker"] = marker.ToString() });

        var faulted = await TakeByMarkerAsync(queues, Queue + "_error", marker, TimeSpan.FromSeconds(30));
        Assert.Contains("MessageId", RabbitMqQueues.Header(faulted, "MT-Fault-Message"));
        Assert.Equal(0, await CountAsync(key));
    }

    private static async Task<RabbitMQ.Client.BasicGetResult> TakeByMarkerAsync(RabbitMqQueues queues, string queue, Guid marker, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            cancellation.Token.ThrowIfCancellationRequested();
            var found = await queues.TakeWhereAsync(queue, m => RabbitMqQueues.Header(m, "test-marker") == marker.ToString());
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(200, cancellation.Token);
        }
    }

    private async Task<int> CountAsync(string key)
    {
        await using var db = TestDatabase.Open(_database);
        return await db.Tallies.Where(t => t.Key == key).Select(t => (int?)t.Count).SingleOrDefaultAsync() ?? 0;
    }

    private async Task<int> InboxRowsAsync(Guid messageId)
    {
        await using var db = TestDatabase.Open(_database);
        return await db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId);
    }
}
