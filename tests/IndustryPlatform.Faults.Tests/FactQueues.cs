using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace IndustryPlatform.Faults.Tests;

/// <summary>
/// Indicators' queues of the registries' facts on the real broker, as an operator sees them in RabbitMQ: how many
/// messages wait in each, how many were set aside in its <c>_error</c> queue, and emptying one (what a queue deleted and
/// declared again, or a broker restored without its messages, leaves behind).
/// </summary>
internal sealed class FactQueues(string rabbitMqConnectionString)
{
    /// <summary>One queue per fact consumer: KeepProjectFacts, KeepTierFacts, KeepListingFacts, named indicators-….</summary>
    public static readonly IReadOnlyList<string> Names = ["indicators-keep-project-facts", "indicators-keep-tier-facts", "indicators-keep-listing-facts"];

    /// <summary>Messages waiting in <paramref name="queue"/>; null when there is no such queue.</summary>
    public async Task<uint?> WaitingAsync(string queue, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }

    /// <summary>What each fact consumer's <c>_error</c> queue holds (0 where MassTransit never had to make one).</summary>
    public async Task<IReadOnlyDictionary<string, uint>> FaultedAsync(CancellationToken cancellationToken)
    {
        var faulted = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (var queue in Names)
        {
            faulted[$"{queue}_error"] = await WaitingAsync($"{queue}_error", cancellationToken) ?? 0;
        }

        return faulted;
    }

    /// <summary>Throws away every message waiting in the fact queues; returns how many there were.</summary>
    public async Task<uint> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        uint purged = 0;
        foreach (var queue in Names)
        {
            purged += await channel.QueuePurgeAsync(queue, cancellationToken);
        }

        return purged;
    }

    private Task<IConnection> ConnectAsync(CancellationToken cancellationToken) =>
        new ConnectionFactory { Uri = new Uri(rabbitMqConnectionString) }.CreateConnectionAsync("faults-tests", cancellationToken);
}
