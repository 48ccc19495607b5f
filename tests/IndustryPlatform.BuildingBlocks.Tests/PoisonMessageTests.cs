using IndustryPlatform.Testing;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Tests.Support;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>
/// A message no retry can help is moved to <c>&lt;queue&gt;_error</c> at once — kept, not acknowledged away; a failure
/// that waiting cures (a database restarting) is retried for as long as such an outage lasts and never parked.
/// </summary>
public sealed class PoisonMessageTests(InfrastructureFixture infrastructure)
{
    private const string Queue = "bbt-poison-always-failing";

    [Fact]
    public async Task A_message_whose_consumer_always_throws_is_kept_in_the_error_queue_without_retries()
    {
        var database = await TestDatabase.CreateAsync(infrastructure, "bb_poison");
        await using var service = await TestService.StartAsync(
            "bbt-poison", database, infrastructure.RabbitMqConnectionString,
            bus => bus.AddConsumer<AlwaysFailingConsumer>());
        await using var queues = new RabbitMqQueues(infrastructure.RabbitMqConnectionString);

        var key = Guid.NewGuid().ToString("N");
        var messageId = await service.InScopeAsync(async db =>
        {
            var row = db.AddIntegrationEvent(new PoisonEvent(key));
            await db.SaveChangesAsync();
            return row.Id;
        });

        var faulted = await queues.TakeAsync(Queue + "_error", messageId, TimeSpan.FromSeconds(60));

        // A poison message is not retried: one delivery, in the consumer's own queue (named <service>-<consumer>).
        Assert.Single(service.Deliveries.All, d => d.Key == key);
        Assert.All(service.Deliveries.All, d => Assert.EndsWith("/" + Queue, d.InputAddress.AbsolutePath));
        Assert.Equal("System.InvalidOperationException", RabbitMqQueues.Header(faulted, "MT-Fault-ExceptionType"));
        Assert.Contains(key, RabbitMqQueues.Header(faulted, "MT-Fault-Message"));
        Assert.Contains(key, System.Text.Encoding.UTF8.GetString(faulted.Body.Span));
        Assert.Equal(0u, await queues.MessageCountAsync(Queue));
    }

    [Fact]
    public async Task A_transient_failure_is_retried_past_a_short_outage_and_never_parked()
    {
        const string queue = "bbt-transient-restart-weathering";
        var database = await TestDatabase.CreateAsync(infrastructure, "bb_transient");
        await using var service = await TestService.StartAsync(
            "bbt-transient", database, infrastructure.RabbitMqConnectionString,
            bus => bus.AddConsumer<RestartWeatheringConsumer>());
        await using var queues = new RabbitMqQueues(infrastructure.RabbitMqConnectionString);

        var key = Guid.NewGuid().ToString("N");
        await service.InScopeAsync(async db =>
        {
            db.AddIntegrationEvent(new TransientEvent(key));
            await db.SaveChangesAsync();
            return 0;
        });

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (service.Deliveries.All.Count(d => d.Key == key) <= RestartWeatheringConsumer.FailuresBeforeSuccess && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        // The old policy gave up after three retries (4.2 s); this one outlasts it and the message is applied.
        Assert.Equal(RestartWeatheringConsumer.FailuresBeforeSuccess + 1, service.Deliveries.All.Count(d => d.Key == key));
        Assert.Equal(0u, await queues.MessageCountOrNoneAsync(queue + "_error"));
    }

    [Fact]
    public void The_retry_waits_grow_and_cover_the_configured_window()
    {
        var intervals = MessagingExtensions.TransientRetryIntervals(TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMilliseconds(200), intervals[0]);
        Assert.All(intervals.Zip(intervals.Skip(1)), pair => Assert.True(pair.Second >= pair.First));
        Assert.True(intervals.Max() <= TimeSpan.FromSeconds(30));
        Assert.True(intervals.Aggregate(TimeSpan.Zero, (a, b) => a + b) >= TimeSpan.FromMinutes(5));
    }
}
