using IndustryPlatform.Rules;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>
/// The messages MassTransit parked in the <c>_error</c> queues of this service's receive queues: how many wait in each,
/// and moving them back once their cause is fixed. A message goes back with the same body and properties — the same
/// message id, so an idempotent consumer still recognises one it had applied — but without MassTransit's fault headers,
/// so it is no longer marked as faulted; it leaves the error queue only after the broker confirmed it in its queue.
/// Talks to RabbitMQ with its own client and connection (<c>ConnectionStrings:rabbitmq</c>), beside MassTransit's.
/// </summary>
public sealed partial class ParkedMessages(ReceiveQueues queues, Uri broker, string serviceName, ILogger<ParkedMessages> logger) : IAsyncDisposable
{
    /// <summary>The most one requeue moves: enough for an outage's backlog, small enough to answer within a request.</summary>
    public const int MaxPerRequeue = 10_000;

    private const int NotFound = 404;

    private readonly SemaphoreSlim _connecting = new(1, 1);
    private IConnection? _connection;

    public IReadOnlyList<string> Queues => queues.All;

    /// <summary>Every receive queue of this service with the number of messages parked beside it (0 when its error queue was never made).</summary>
    public async Task<IReadOnlyList<ParkedQueue>> CountAllAsync(CancellationToken cancellationToken)
    {
        var names = queues.All;
        if (names.Count == 0)
        {
            return [];
        }

        var connection = await ConnectionAsync(cancellationToken);
        var counted = new List<ParkedQueue>(names.Count);
        foreach (var queue in names)
        {
            counted.Add(new ParkedQueue(queue, await CountParkedAsync(connection, queue, cancellationToken)));
        }

        return counted;
    }

    /// <summary>Messages parked beside <paramref name="queue"/>, which must be one of this service's.</summary>
    public async Task<long> CountAsync(string queue, CancellationToken cancellationToken)
    {
        EnsureOurs(queue);
        return await CountParkedAsync(await ConnectionAsync(cancellationToken), queue, cancellationToken);
    }

    /// <summary>
    /// Moves up to <paramref name="max"/> of the messages parked beside <paramref name="queue"/> back into it, oldest first.
    /// Only those parked when the call began are taken, so a message that fails again and is parked anew is not cycled.
    /// </summary>
    public async Task<RequeueOutcome> RequeueAsync(string queue, int max, CancellationToken cancellationToken)
    {
        EnsureOurs(queue);
        if (max is < 1 or > MaxPerRequeue)
        {
            throw new InvalidInputException("max", RuleCodes.Requeue.MaxOutOfRange, $"max must be between 1 and {MaxPerRequeue}; it was {max}.");
        }

        var connection = await ConnectionAsync(cancellationToken);
        var parked = await CountParkedAsync(connection, queue, cancellationToken);
        if (parked == 0)
        {
            return new RequeueOutcome(queue, 0, 0);
        }

        var errorQueue = ReceiveQueues.ErrorQueueOf(queue);
        var moved = 0;
        await using (var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken))
        {
            while (moved < Math.Min(max, parked) && !cancellationToken.IsCancellationRequested
                && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } message)
            {
                // From here on the message is either in its queue and acknowledged, or still parked: no cancellation midway.
                try
                {
                    // Mandatory: a queue that is gone returns the message, the publish fails, and it stays parked.
                    await channel.BasicPublishAsync("", queue, mandatory: true, Unfaulted(message.BasicProperties), message.Body.ToArray(), CancellationToken.None);
                }
                catch
                {
                    await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
                    throw;
                }

                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, CancellationToken.None);
                moved++;
            }
        }

        var stillParked = await CountParkedAsync(connection, queue, CancellationToken.None);
        LogRequeued(moved, errorQueue, queue, stillParked);
        return new RequeueOutcome(queue, moved, stillParked);
    }

    /// <summary>The parked message's properties, less what MassTransit wrote about its failure (MT-Fault-*, MT-Reason).</summary>
    internal static BasicProperties Unfaulted(IReadOnlyBasicProperties parked)
    {
        var properties = new BasicProperties(parked);
        if (parked.Headers is { } headers)
        {
            properties.Headers = headers.Where(h => !IsFaultHeader(h.Key)).ToDictionary(h => h.Key, h => h.Value);
        }

        return properties;
    }

    internal static bool IsFaultHeader(string name) =>
        name.StartsWith("MT-Fault-", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "MT-Reason", StringComparison.OrdinalIgnoreCase);

    private void EnsureOurs(string queue)
    {
        if (!queues.Contains(queue))
        {
            var ours = queues.All;
            throw new NotFoundException(RuleCodes.Queue.Unknown,
                $"'{queue}' is not a receive queue of {serviceName}; its queues are: {(ours.Count == 0 ? "none" : string.Join(", ", ours))}.");
        }
    }

    /// <summary>A passive declare on its own channel: for an error queue never made the broker answers 404 and closes the channel.</summary>
    private static async Task<long> CountParkedAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(ReceiveQueues.ErrorQueueOf(queue), cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == NotFound)
        {
            return 0;
        }
    }

    private async Task<IConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is { IsOpen: true } open)
        {
            return open;
        }

        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (_connection is { IsOpen: true } opened)
            {
                return opened;
            }

            if (_connection is not null)
            {
                await _connection.DisposeAsync();
                _connection = null;
            }

            // No automatic recovery: a lost connection is simply made again by the next call.
            var factory = new ConnectionFactory { Uri = broker, AutomaticRecoveryEnabled = false, ClientProvidedName = $"{serviceName}-parked-messages" };
            _connection = await factory.CreateConnectionAsync(cancellationToken);
            return _connection;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _connecting.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Moved} parked messages from {ErrorQueue} back to {Queue}; {StillParked} still parked")]
    private partial void LogRequeued(int moved, string errorQueue, string queue, long stillParked);
}
