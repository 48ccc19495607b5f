using System.Text;
using RabbitMQ.Client;

namespace IndustryPlatform.BuildingBlocks.Tests.Support;

/// <summary>Looks into RabbitMQ with its own client, independent of MassTransit.</summary>
public sealed class RabbitMqQueues(string connectionString) : IAsyncDisposable
{
    private IConnection? _connection;
    private IChannel? _channel;

    private async Task<IChannel> ChannelAsync()
    {
        if (_channel is { IsOpen: true })
        {
            return _channel;
        }

        _connection ??= await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();
        _channel = await _connection.CreateChannelAsync();
        return _channel;
    }

    /// <summary>Messages waiting in <paramref name="queue"/>; 0 when the queue was never made (MassTransit makes error queues on first use).</summary>
    public async Task<uint> MessageCountOrNoneAsync(string queue)
    {
        try
        {
            return await MessageCountAsync(queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            _channel = null;
            return 0;
        }
    }

    public async Task<uint> MessageCountAsync(string queue) => (await (await ChannelAsync()).QueueDeclarePassiveAsync(queue)).MessageCount;

    /// <summary>Waits for a message with <paramref name="messageId"/> on <paramref name="queue"/> and takes it off.</summary>
    public async Task<BasicGetResult> TakeAsync(string queue, Guid messageId, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var found = await TakeWhereAsync(queue, m => m.BasicProperties.MessageId == messageId.ToString());
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100, cancellation.Token);
        }
    }

    /// <summary>One pass over the queue: takes the first message that matches and puts the others back.</summary>
    public async Task<BasicGetResult?> TakeWhereAsync(string queue, Func<BasicGetResult, bool> match)
    {
        var channel = await ChannelAsync();
        ulong? lastSkipped = null;
        BasicGetResult? found = null;
        while (await TryGetAsync(channel, queue) is { } message)
        {
            if (match(message))
            {
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false);
                found = message;
                break;
            }

            lastSkipped = message.DeliveryTag;
        }

        if (lastSkipped is { } tag)
        {
            await channel.BasicNackAsync(tag, multiple: true, requeue: true);
        }

        return found;
    }

    /// <summary>MassTransit declares an error queue only when it first moves a message there; until then there is nothing to get.</summary>
    private static async Task<BasicGetResult?> TryGetAsync(IChannel channel, string queue)
    {
        try
        {
            return await channel.BasicGetAsync(queue, autoAck: false);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether <paramref name="queue"/> exists as a queue of <paramref name="type"/> ("quorum", "classic"): the broker
    /// accepts a redeclaration only with the same type and refuses another with PRECONDITION_FAILED (406).
    /// </summary>
    public async Task<bool> IsOfTypeAsync(string queue, string type)
    {
        await (await ChannelAsync()).QueueDeclarePassiveAsync(queue);
        try
        {
            await (await ChannelAsync()).QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?> { ["x-queue-type"] = type });
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 406)
        {
            _channel = null;
            return false;
        }
    }

    /// <summary>Deletes <paramref name="queue"/> if it is there (a queue's type cannot change while it exists).</summary>
    public async Task DeleteAsync(string queue) => await (await ChannelAsync()).QueueDeleteAsync(queue);

    public async Task PurgeAsync(string queue) => await (await ChannelAsync()).QueuePurgeAsync(queue);

    public async Task SendRawAsync(string queue, string json, IDictionary<string, object?>? headers = null)
    {
        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            Persistent = true,
            Headers = headers,
        };
        await (await ChannelAsync()).BasicPublishAsync("", queue, mandatory: false, properties, Encoding.UTF8.GetBytes(json));
    }

    public static string Header(BasicGetResult message, string name) =>
        message.BasicProperties.Headers?.TryGetValue(name, out var value) == true
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), _ => value?.ToString() ?? "" }
            : "";

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
