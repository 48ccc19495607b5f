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
    [Theory]
    [InlineData("true", true)]
    [InlineData(null, false)]
    public async Task The_receive_queue_is_a_quorum_queue_exactly_when_the_setting_is_on(string? setting, bool quorum)
    {
        var serviceName = quorum ? "bbt-quorum" : "bbt-classic";
        var queue = serviceName + "-relayed-event";
        await using var queues = new RabbitMqQueues(infrastructure.RabbitMqConnectionString);
        await queues.DeleteAsync(queue);
        var database = await TestDatabase.CreateAsync(infrastructure, "bb_" + serviceName[4..]);
        var settings = setting is null ? null : new Dictionary<string, string?> { [MessagingExtensions.QuorumQueuesSetting] = setting };

        await using (await TestService.StartAsync(
            serviceName, database, infrastructure.RabbitMqConnectionString, bus => bus.AddConsumer<RelayedEventConsumer>(), settings: settings))
        {
            Assert.Equal(quorum, await queues.IsOfTypeAsync(queue, "quorum"));
            Assert.Equal(!quorum, await queues.IsOfTypeAsync(queue, "classic"));
        }

        await queues.DeleteAsync(queue);
    }
}
