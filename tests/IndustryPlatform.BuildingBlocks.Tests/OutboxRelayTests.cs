using IndustryPlatform.Testing;
using System.Diagnostics;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>The relay publishes committed events through the real broker to a real consumer.</summary>
public sealed class OutboxRelayTests(OutboxRelayTests.Service fixture) : IClassFixture<OutboxRelayTests.Service>
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private readonly TestService _service = fixture.Instance;
    private readonly string _database = fixture.Database;

    public sealed class Service(InfrastructureFixture infrastructure) : IAsyncLifetime
    {
        public TestService Instance { get; private set; } = null!;

        public string Database { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync(infrastructure, "bb_outbox_relay");
            Instance = await TestService.StartAsync(
                "bbt-relay", Database, infrastructure.RabbitMqConnectionString,
                // One at a time, so arrival order is publication order.
                bus => bus.AddConsumer<RelayedEventConsumer>((_, consumer) => consumer.ConcurrentMessageLimit = 1)
                    // One message at a time from the queue too: a consumer limit alone lets waiting deliveries overtake one another.
                    .Endpoint(endpoint => endpoint.ConcurrentMessageLimit = 1),
                outbox => outbox.PollInterval = PollInterval);
        }

        public async ValueTask DisposeAsync() => await Instance.DisposeAsync();
    }

    [Fact]
    public async Task A_committed_event_reaches_the_consumer_with_the_row_id_as_MessageId_soon_after_the_commit()
    {
        var key = Guid.NewGuid().ToString("N");
        var latencies = new List<TimeSpan>();
        for (var sequence = 1; sequence <= 20; sequence++)
        {
            var row = await _service.InScopeAsync(async db =>
            {
                db.Tallies.Add(new Tally { Key = $"{key}-{sequence}", Count = sequence });
                var message = db.AddIntegrationEvent(new RelayedEvent(key, sequence));
                await db.SaveChangesAsync();
                return message;
            });
            var committed = Stopwatch.GetTimestamp();

            var expected = $"{key}#{sequence}";
            var deliveries = await _service.Deliveries.WaitForAsync(all => all.Any(d => d.Key == expected), TimeSpan.FromSeconds(20));
            var delivery = deliveries.Single(d => d.Key == expected);
            Assert.Equal(row.Id, delivery.MessageId);
            latencies.Add(Stopwatch.GetElapsedTime(committed, delivery.ReceivedTimestamp));

            // Marked after the broker's confirm, which may come a moment after the consumer already has it.
            await _service.WaitForOutboxRowAsync(row.Id, r => r.PublishedAt is not null, TimeSpan.FromSeconds(10));
        }

        latencies.Sort();
        var median = latencies[latencies.Count / 2];
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"commit -> consume latency over {latencies.Count} events: min {latencies[0].TotalMilliseconds:0} ms, " +
            $"median {median.TotalMilliseconds:0} ms, max {latencies[^1].TotalMilliseconds:0} ms");
        // Far below the poll interval: the commit interceptor woke the relay.
        Assert.True(median < PollInterval / 2, $"median latency {median.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Events_arrive_in_the_order_they_were_committed()
    {
        var key = Guid.NewGuid().ToString("N");
        await _service.InScopeAsync(async db =>
        {
            for (var sequence = 1; sequence <= 30; sequence++)
            {
                db.AddIntegrationEvent(new RelayedEvent(key, sequence));
            }

            await db.SaveChangesAsync();
        });

        var deliveries = await _service.Deliveries.WaitForAsync(all => all.Count(d => d.Key.StartsWith(key)) == 30, TimeSpan.FromSeconds(20));
        var order = deliveries.Where(d => d.Key.StartsWith(key)).Select(d => int.Parse(d.Key.Split('#')[1])).ToList();
        Assert.Equal(Enumerable.Range(1, 30), order);

        var rows = (await _service.InScopeAsync(db => db.Outbox.AsNoTracking().OrderBy(m => m.Position).ToListAsync()))
            .Where(m => m.Payload.Contains(key)).ToList();
        Assert.Equal(30, rows.Count);
        await _service.WaitForOutboxRowAsync(rows[^1].Id, r => r.PublishedAt is not null, TimeSpan.FromSeconds(10));
        rows = (await _service.InScopeAsync(db => db.Outbox.AsNoTracking().OrderBy(m => m.Position).ToListAsync()))
            .Where(m => m.Payload.Contains(key)).ToList();
        Assert.All(rows, r => Assert.NotNull(r.PublishedAt));
        Assert.Equal(rows.Select(r => r.PublishedAt), rows.Select(r => r.PublishedAt).Order());
    }

    [Fact]
    public async Task A_row_nobody_announced_is_found_by_polling()
    {
        // Written by a context without the commit interceptor, as after a crash between commit and nudge.
        var key = Guid.NewGuid().ToString("N");
        await using (var db = TestDatabase.Open(_database))
        {
            db.AddIntegrationEvent(new RelayedEvent(key, 1));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var deliveries = await _service.Deliveries.WaitForAsync(all => all.Any(d => d.Key == $"{key}#1"), PollInterval * 5);
        Assert.Single(deliveries, d => d.Key == $"{key}#1");
    }

    [Fact]
    public async Task The_consumer_runs_in_the_trace_of_the_request_that_committed_the_event()
    {
        using var source = new ActivitySource("IndustryPlatform.Tests.Request");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source.Name || s.Name.StartsWith("IndustryPlatform.", StringComparison.Ordinal) || s.Name == "MassTransit",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);

        var key = Guid.NewGuid().ToString("N");
        string traceId;
        using (var request = source.StartActivity("POST /api/v1/tallies")!)
        {
            traceId = request.TraceId.ToHexString();
            await _service.InScopeAsync(async db =>
            {
                db.AddIntegrationEvent(new RelayedEvent(key, 1));
                await db.SaveChangesAsync();
            });
        }

        var deliveries = await _service.Deliveries.WaitForAsync(all => all.Any(d => d.Key == $"{key}#1"), TimeSpan.FromSeconds(20));
        Assert.Equal(traceId, deliveries.Single(d => d.Key == $"{key}#1").TraceId);
    }

    [Fact]
    public async Task An_idle_relay_leaves_no_database_spans_behind()
    {
        var spans = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => spans.Enqueue(string.Join(" ", a.TagObjects.Select(t => $"{t.Key}={t.Value}"))),
        };
        ActivitySource.AddActivityListener(listener);

        await Task.Delay(PollInterval * 2.5, TestContext.Current.CancellationToken);
        // The listener is process-wide; other tests' own queries may show up, the relays' polls must not.
        Assert.DoesNotContain(spans, s => s.Contains("SKIP LOCKED"));

        // Queries of the service's own code are still traced.
        await _service.InScopeAsync(db => db.Tallies.CountAsync());
        Assert.Contains(spans, s => s.Contains("tallies"));
    }

    [Fact]
    public async Task A_row_whose_event_type_no_longer_exists_is_kept_with_its_error_and_does_not_hold_up_the_rest()
    {
        var key = Guid.NewGuid().ToString("N");
        var orphan = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            MessageType = "IndustryPlatform.Contracts.Events.EnterpriseRenamed, IndustryPlatform.Contracts",
            Payload = "{}",
            OccurredAt = DateTimeOffset.UtcNow,
            NextAttemptAt = DateTimeOffset.UtcNow,
        };
        await using (var db = TestDatabase.Open(_database))
        {
            db.Outbox.Add(orphan);
            db.AddIntegrationEvent(new RelayedEvent(key, 1));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await _service.Deliveries.WaitForAsync(all => all.Any(d => d.Key == $"{key}#1"), PollInterval * 5);
        var kept = await _service.WaitForOutboxRowAsync(orphan.Id, r => r.Attempts >= 1, TimeSpan.FromSeconds(10));
        Assert.Null(kept.PublishedAt);
        Assert.Contains("cannot be resolved", kept.LastError);
    }
}
