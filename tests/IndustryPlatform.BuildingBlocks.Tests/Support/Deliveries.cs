using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;

namespace IndustryPlatform.BuildingBlocks.Tests.Support;

/// <summary>What a test consumer received: one entry per delivery, in arrival order.</summary>
public sealed class Deliveries
{
    private readonly ConcurrentQueue<Delivery> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public IReadOnlyList<Delivery> All => _received.ToArray();

    public void Record<T>(ConsumeContext<T> context, string key) where T : class
    {
        _received.Enqueue(new Delivery(key, context.MessageId, Activity.Current?.TraceId.ToHexString(), Stopwatch.GetTimestamp(), context.ReceiveContext.InputAddress));
        _arrived.Release();
    }

    /// <summary>Waits until <paramref name="condition"/> holds over the deliveries so far.</summary>
    public async Task<IReadOnlyList<Delivery>> WaitForAsync(Func<IReadOnlyList<Delivery>, bool> condition, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var all = All;
            if (condition(all))
            {
                return all;
            }

            try
            {
                await _arrived.WaitAsync(TimeSpan.FromMilliseconds(200), cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected deliveries did not arrive within {timeout}; got {all.Count}: {string.Join(", ", all.Select(d => d.Key))}");
            }
        }
    }
}

public sealed record Delivery(string Key, Guid? MessageId, string? TraceId, long ReceivedTimestamp, Uri InputAddress);
