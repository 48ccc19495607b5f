using IndustryPlatform.Testing;
using System.Diagnostics;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Tests.Support;

namespace IndustryPlatform.BuildingBlocks.Tests;

[CollectionDefinition(nameof(BrokerOutage), DisableParallelization = true)]
public sealed class BrokerOutage;

/// <summary>RabbitMQ really stops: an event committed meanwhile waits in the outbox and is delivered once it is back.</summary>
[Collection(nameof(BrokerOutage))]
public sealed class BrokerOutageTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task An_event_committed_while_the_broker_is_down_is_delivered_after_it_comes_back()
    {
        var database = await TestDatabase.CreateAsync(infrastructure, "bb_outbox_outage");
        await using var service = await TestService.StartAsync(
            "bbt-outage", database, infrastructure.RabbitMqConnectionString,
            bus => bus.AddConsumer<OutageEventConsumer>());
        var output = TestContext.Current.TestOutputHelper;

        var before = await CommitAsync(service, "before-" + Guid.NewGuid().ToString("N"));
        await service.Deliveries.WaitForAsync(all => all.Any(d => d.MessageId == before), TimeSpan.FromSeconds(20));
        await service.WaitForOutboxRowAsync(before, row => row.PublishedAt is not null, TimeSpan.FromSeconds(10));

        await infrastructure.StopRabbitMqAsync();
        try
        {
            var stopped = Stopwatch.GetTimestamp();
            var during = await CommitAsync(service, "during-" + Guid.NewGuid().ToString("N"));

            // The relay tries, gives up each attempt after its publish timeout, records why, and keeps the row.
            var failed = await service.WaitForOutboxRowAsync(during, row => row.Attempts >= 2, TimeSpan.FromSeconds(30));
            Assert.Null(failed.PublishedAt);
            Assert.False(string.IsNullOrEmpty(failed.LastError));
            Assert.DoesNotContain(service.Deliveries.All, d => d.MessageId == during);
            output?.WriteLine($"while down: {failed.Attempts} attempts in {Stopwatch.GetElapsedTime(stopped).TotalSeconds:0.0} s, last error: {failed.LastError}");

            await infrastructure.StartRabbitMqAsync();
            var restarted = Stopwatch.GetTimestamp();

            var deliveries = await service.Deliveries.WaitForAsync(all => all.Any(d => d.MessageId == during), TimeSpan.FromSeconds(90));
            var delivery = deliveries.Single(d => d.MessageId == during);
            output?.WriteLine($"delivered {Stopwatch.GetElapsedTime(restarted, delivery.ReceivedTimestamp).TotalSeconds:0.0} s after the broker was started again");
            await service.WaitForOutboxRowAsync(during, row => row.PublishedAt is not null, TimeSpan.FromSeconds(10));
        }
        finally
        {
            // Whatever happened, the other tests need their broker back.
            if (!await BrokerAnswersAsync())
            {
                await infrastructure.StartRabbitMqAsync();
            }
        }
    }

    private async Task<bool> BrokerAnswersAsync()
    {
        try
        {
            await using var queues = new RabbitMqQueues(infrastructure.RabbitMqConnectionString);
            await queues.MessageCountAsync("bbt-outage-outage-event");
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static Task<Guid> CommitAsync(TestService service, string key) => service.InScopeAsync(async db =>
    {
        var row = db.AddIntegrationEvent(new OutageEvent(key));
        await db.SaveChangesAsync();
        return row.Id;
    });
}
