using System.Diagnostics.Metrics;
using System.Net.Sockets;
using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Tests.Support;
using IndustryPlatform.Rules;
using IndustryPlatform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>
/// A message parked in <c>&lt;queue&gt;_error</c> is counted (and shown by the gauge), and once its cause is fixed it is
/// moved back and applied exactly once; only this service's queues can be asked about.
/// </summary>
public sealed class ParkedMessagesTests(InfrastructureFixture infrastructure)
{
    private const string ServiceName = "bbt-parked";
    private const string Queue = "bbt-parked-parking";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private Task<TestService> StartAsync(string database) => TestService.StartAsync(
        ServiceName, database, infrastructure.RabbitMqConnectionString,
        bus =>
        {
            bus.AddSingleton<CauseFixed>();
            bus.AddConsumer<ParkingConsumer>();
        });

    [Fact]
    public async Task A_parked_message_is_counted_then_moved_back_once_its_cause_is_fixed_and_applied_once()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var service = await StartAsync(await TestDatabase.CreateAsync(infrastructure, "bb_parked"));
        await using var queues = new RabbitMqQueues(infrastructure.RabbitMqConnectionString);
        var parked = service.Services.GetRequiredService<ParkedMessages>();
        await EmptyAsync(parked);

        var key = Guid.NewGuid().ToString("N");
        var messageId = await service.InScopeAsync(async db =>
        {
            var row = db.AddIntegrationEvent(new ParkedEvent(key));
            await db.SaveChangesAsync(cancellation);
            return row.Id;
        });

        await WaitUntilAsync(async () => await parked.CountAsync(Queue, cancellation) == 1, "the message to be parked");
        Assert.Contains(new ParkedQueue(Queue, 1), await parked.CountAllAsync(cancellation));
        Assert.Equal(1u, await queues.MessageCountAsync(Queue + "_error"));
        Assert.Equal([1L], await GaugeReadingsAsync(service, Queue));

        service.Services.GetRequiredService<CauseFixed>().Fix();
        var outcome = await parked.RequeueAsync(Queue, 10, cancellation);

        Assert.Equal(new RequeueOutcome(Queue, 1, 0), outcome);
        await WaitUntilAsync(async () => await TallyAsync(service, key) == 1, "the moved message to be applied");
        var deliveries = service.Deliveries.All.Where(d => d.Key == key).ToList();
        // Refused once as poison, applied once after the move: the same message id both times, so the inbox knows it.
        Assert.Equal(2, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal(messageId, d.MessageId));
        Assert.Equal(0, await parked.CountAsync(Queue, cancellation));
        Assert.Equal(0u, await queues.MessageCountAsync(Queue));
        Assert.Equal(1, await service.InScopeAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId, cancellation)));

        await service.Services.GetRequiredService<ParkedMessagesGauge>().RefreshAsync(cancellation);
        Assert.Equal([0L], await GaugeReadingsAsync(service, Queue));
        Assert.Equal(new RequeueOutcome(Queue, 0, 0), await parked.RequeueAsync(Queue, 10, cancellation));
        Assert.Equal(1, await TallyAsync(service, key));
    }

    [Fact]
    public async Task A_requeue_moves_no_more_than_max_and_leaves_the_rest_parked()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var service = await StartAsync(await TestDatabase.CreateAsync(infrastructure, "bb_parked_max"));
        var parked = service.Services.GetRequiredService<ParkedMessages>();
        await EmptyAsync(parked);

        var keys = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        await service.InScopeAsync(async db =>
        {
            foreach (var key in keys)
            {
                db.AddIntegrationEvent(new ParkedEvent(key));
            }

            await db.SaveChangesAsync(cancellation);
        });
        await WaitUntilAsync(async () => await parked.CountAsync(Queue, cancellation) == 3, "three messages to be parked");

        service.Services.GetRequiredService<CauseFixed>().Fix();
        var outcome = await parked.RequeueAsync(Queue, 2, cancellation);

        Assert.Equal(new RequeueOutcome(Queue, 2, 1), outcome);
        await WaitUntilAsync(async () => await TalliedAsync(service, keys) == 2, "the two moved messages to be applied");
        Assert.Equal(new RequeueOutcome(Queue, 1, 0), await parked.RequeueAsync(Queue, 2, cancellation));
        await WaitUntilAsync(async () => await TalliedAsync(service, keys) == 3, "the last one to be applied");
    }

    [Fact]
    public async Task A_queue_that_is_not_this_services_or_a_max_out_of_range_is_refused()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var service = await StartAsync(await TestDatabase.CreateAsync(infrastructure, "bb_parked_refused"));
        var parked = service.Services.GetRequiredService<ParkedMessages>();

        Assert.Equal([Queue], parked.Queues);
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => parked.RequeueAsync("projects-enterprise-registered", 1, cancellation));
        Assert.Equal(RuleCodes.Queue.Unknown, unknown.Rule);
        Assert.Contains(Queue, unknown.Message);
        Assert.Equal(RuleCodes.Queue.Unknown, (await Assert.ThrowsAsync<NotFoundException>(() => parked.CountAsync(Queue + "_error", cancellation))).Rule);
        foreach (var max in new[] { 0, -1, ParkedMessages.MaxPerRequeue + 1 })
        {
            var refused = await Assert.ThrowsAsync<InvalidInputException>(() => parked.RequeueAsync(Queue, max, cancellation));
            Assert.Equal(RuleCodes.Requeue.MaxOutOfRange, refused.Rule);
        }
    }

    [Fact]
    public async Task A_broker_that_cannot_be_reached_is_a_503_to_retry_and_the_gauge_reports_nothing()
    {
        var queues = new ReceiveQueues();
        queues.Add(Queue);
        await using var parked = new ParkedMessages(queues, new Uri($"amqp://guest:guest@127.0.0.1:{ClosedPort()}"), ServiceName, NullLogger<ParkedMessages>.Instance);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => parked.CountAllAsync(TestContext.Current.CancellationToken));

        Assert.Equal(DomainError.BrokerUnavailable, DomainError.From(failure));
    }

    [Fact]
    public void A_moved_message_keeps_its_id_and_properties_but_not_the_fault_headers()
    {
        var parked = new BasicProperties
        {
            MessageId = "0198a5c1-0000-7000-8000-000000000001",
            ContentType = "application/vnd.masstransit+json",
            Persistent = true,
            Headers = new Dictionary<string, object?>
            {
                ["MT-Reason"] = "fault",
                ["MT-Fault-ExceptionType"] = "System.InvalidOperationException",
                ["MT-Fault-Message"] = "names a region this version does not know",
                ["MT-Fault-StackTrace"] = "at …",
                ["MT-Host-MachineName"] = "host-1",
                ["MT-Activity-Id"] = "00-abc-def-01",
            },
        };

        var moved = ParkedMessages.Unfaulted(parked);

        Assert.Equal(parked.MessageId, moved.MessageId);
        Assert.Equal(parked.ContentType, moved.ContentType);
        Assert.True(moved.Persistent);
        Assert.Equal(["MT-Activity-Id", "MT-Host-MachineName"], moved.Headers!.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>Another test of this class may have left messages parked (it failed midway); a test starts from none.</summary>
    private async Task EmptyAsync(ParkedMessages parked)
    {
        if (await parked.CountAsync(Queue, TestContext.Current.CancellationToken) > 0)
        {
            // Moved back while the consumer still refuses they would only be parked again: take them off for good.
            await using var queues = new RabbitMqQueues(infrastructure.RabbitMqConnectionString);
            await queues.PurgeAsync(Queue + "_error");
        }
    }

    private static async Task<IReadOnlyList<long>> GaugeReadingsAsync(TestService service, string queue)
    {
        await service.Services.GetRequiredService<ParkedMessagesGauge>().RefreshAsync(TestContext.Current.CancellationToken);
        var readings = new List<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.MeterName && instrument.Name == ParkedMessagesGauge.InstrumentName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == ParkedMessagesGauge.QueueTag && Equals(tag.Value, queue))
                {
                    readings.Add(value);
                }
            }
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return readings;
    }

    private static Task<int> TallyAsync(TestService service, string key) =>
        service.InScopeAsync(async db => (await db.Tallies.AsNoTracking().SingleOrDefaultAsync(t => t.Key == key))?.Count ?? 0);

    private static Task<int> TalliedAsync(TestService service, IReadOnlyList<string> keys) =>
        service.InScopeAsync(db => db.Tallies.AsNoTracking().Where(t => keys.Contains(t.Key)).SumAsync(t => t.Count));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Patience} for {what}.");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
