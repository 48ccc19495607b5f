using IndustryPlatform.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace IndustryPlatform.Infrastructure.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class BrokerStopsAndStarts(InfrastructureFixture infrastructure)
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stopped_broker_refuses_connections_and_after_a_start_serves_its_durable_queues_again()
    {
        var factory = new ConnectionFactory { Uri = new Uri(infrastructure.RabbitMqConnectionString) };
        var queue = $"outage-probe-{Guid.NewGuid():N}";
        await using (var connection = await factory.CreateConnectionAsync(_cancellation))
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: _cancellation))
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: _cancellation);
        }

        await infrastructure.StopRabbitMqAsync();

        await Assert.ThrowsAsync<BrokerUnreachableException>(() => factory.CreateConnectionAsync(_cancellation));

        await infrastructure.StartRabbitMqAsync();

        await using var again = await factory.CreateConnectionAsync(_cancellation);
        await using var reopened = await again.CreateChannelAsync(cancellationToken: _cancellation);
        var survived = await reopened.QueueDeclarePassiveAsync(queue, _cancellation);
        Assert.Equal(queue, survived.QueueName);
        await reopened.QueueDeleteAsync(queue, cancellationToken: _cancellation);
    }
}
