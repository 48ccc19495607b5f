using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Tests.Support;
using IndustryPlatform.Testing;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>
/// With <c>Messaging:QuorumQueues</c> on (the production overlay) a service's receive queues are quorum queues,
/// replicated on a majority of the broker's nodes; without it they stay classic, as on one local broker.
/// </summary>
public sealed class QuorumQueuesTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task With_the_setting_on_the_receive_queue_is_declared_as_a_quorum_queue()
    {
        const string queue = "bbt-quorum-relayed-event";
        await using var queues = new RabbitMqQueues(infrastructure.RabbitMqConnectionString);
        await queues.DeleteAsync(queue);
        var database = await TestDatabase.CreateAsync(infrastructure, "bb_quorum");

        await using (await TestService.StartAsync(
            "bbt-quorum", database, infrastructure.RabbitMqConnectionString,
            bus => bus.AddConsumer<RelayedEventConsumer>(),
            settings: new Dictionary<string, string?> { [MessagingExtensions.QuorumQueuesSetting] = "true" }))
        {
            Assert.True(await queues.IsOfTypeAsync(queue, "quorum"), $"{queue} should be a quorum queue");
        }

        await queues.DeleteAsync(queue);
    }

    [Fact]
    public async Task Without_the_setting_the_receive_queue_stays_classic()
    {
        const string queue = "bbt-classic-relayed-event";
        await using var queues = new RabbitMqQueues(infrastructure.RabbitMqConnectionString);
        await queues.DeleteAsync(queue);
        var database = await TestDatabase.CreateAsync(infrastructure, "bb_classic");

        await using (await TestService.StartAsync(
            "bbt-classic", database, infrastructure.RabbitMqConnectionString,
            bus => bus.AddConsumer<RelayedEventConsumer>()))
        {
            Assert.False(await queues.IsOfTypeAsync(queue, "quorum"), $"{queue} should not be a quorum queue");
            Assert.True(await queues.IsOfTypeAsync(queue, "classic"), $"{queue} should be a classic queue");
        }

        await queues.DeleteAsync(queue);
    }
}
