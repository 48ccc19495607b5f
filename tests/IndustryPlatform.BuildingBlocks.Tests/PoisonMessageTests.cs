using IndustryPlatform.Testing;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Tests.Support;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>A message no retry can help is moved to <c>&lt;queue&gt;_error</c> — kept, not acknowledged away.</summary>
public sealed class PoisonMessageTests(InfrastructureFixture infrastructure)
{
    private const string Queue = "bbt-poison-always-failing";

    [Fact]
    public async Task A_message_whose_consumer_always_throws_is_retried_then_kept_in_the_error_queue()
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

        // First delivery plus one per retry interval, all in the consumer's own queue (named <service>-<consumer>).
        Assert.Equal(4, service.Deliveries.All.Count(d => d.Key == key));
        Assert.All(service.Deliveries.All, d => Assert.EndsWith("/" + Queue, d.InputAddress.AbsolutePath));
        Assert.Equal("System.InvalidOperationException", RabbitMqQueues.Header(faulted, "MT-Fault-ExceptionType"));
        Assert.Contains(key, RabbitMqQueues.Header(faulted, "MT-Fault-Message"));
        Assert.Contains(key, System.Text.Encoding.UTF8.GetString(faulted.Body.Span));
        Assert.Equal(0u, await queues.MessageCountAsync(Queue));
    }
}
