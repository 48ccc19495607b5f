using System.Collections.Concurrent;
using MassTransit;

namespace IndustryPlatform.Indicators.Tests.Support;

/// <summary>Counts finished deliveries per message id (a duplicate the inbox skipped still counts as delivered).</summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _finished = new();

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id)
        {
            _finished.AddOrUpdate(id, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        Faults.Enqueue($"{typeof(T).Name}: {exception.GetType().Name}: {exception.Message}");
        return Task.CompletedTask;
    }

    /// <summary>Every failed attempt to consume, for a test's diagnostics.</summary>
    public ConcurrentQueue<string> Faults { get; } = new();

    public async Task WaitForAsync(Guid messageId, int deliveries, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (_finished.GetValueOrDefault(messageId) < deliveries)
        {
            try
            {
                await Task.Delay(100, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Message {messageId} was consumed {_finished.GetValueOrDefault(messageId)} times, not {deliveries}, within {timeout}.");
            }
        }
    }
}
