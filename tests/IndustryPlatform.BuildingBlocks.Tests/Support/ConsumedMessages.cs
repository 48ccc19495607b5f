using System.Collections.Concurrent;
using MassTransit;

namespace IndustryPlatform.BuildingBlocks.Tests.Support;

/// <summary>Sees every delivery of <typeparamref name="T"/> a bus consumed (applied or not) and how many ran at once.</summary>
public sealed class ConsumedMessages<T> : IConsumeMessageObserver<T> where T : class
{
    private readonly ConcurrentQueue<Guid?> _consumed = new();
    private int _inFlight;
    private int _maxInFlight;

    public IReadOnlyList<Guid?> Consumed => _consumed.ToArray();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public Task PreConsume(ConsumeContext<T> context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
        }

        return Task.CompletedTask;
    }

    public Task PostConsume(ConsumeContext<T> context)
    {
        Interlocked.Decrement(ref _inFlight);
        _consumed.Enqueue(context.MessageId);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception)
    {
        Interlocked.Decrement(ref _inFlight);
        return Task.CompletedTask;
    }

    public async Task WaitForAsync(Guid messageId, int times, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (Consumed.Count(id => id == messageId) < times)
        {
            await Task.Delay(50, cancellation.Token);
        }
    }
}
