using System.Collections.Concurrent;

namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>
/// The queues this service's consumers receive from (<c>&lt;service&gt;-&lt;consumer&gt;</c>), each with its
/// <c>_error</c> queue of parked messages. Filled as MassTransit configures the receive endpoints, so it is known from
/// the start whether the broker answers or not, and never includes another service's queue or the bus's own temporary one.
/// </summary>
public sealed class ReceiveQueues
{
    public const string ErrorSuffix = "_error";

    private readonly ConcurrentDictionary<string, byte> _names = new(StringComparer.Ordinal);

    public IReadOnlyList<string> All => [.. _names.Keys.Order(StringComparer.Ordinal)];

    public bool Contains(string queue) => _names.ContainsKey(queue);

    internal void Add(string queue) => _names.TryAdd(queue, 0);

    public static string ErrorQueueOf(string queue) => queue + ErrorSuffix;
}
