using System.Collections.Concurrent;
using MassTransit;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>Every integration event the test's own listener received from RabbitMQ.</summary>
public sealed class PublishedEvents
{
    private readonly ConcurrentQueue<object> _received = new();

    public void Add(object message) => _received.Enqueue(message);

    public async Task<T> WaitForAsync<T>(Func<T, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (_received.OfType<T>().FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No {typeof(T).Name} matching the test arrived within the time allowed.");
    }

    public IReadOnlyList<T> All<T>(Func<T, bool> match) => _received.OfType<T>().Where(match).ToList();
}

/// <summary>Hands whatever it consumes to <see cref="PublishedEvents"/>.</summary>
public sealed class Recorder<T>(PublishedEvents events) : IConsumer<T>
    where T : class
{
    public Task Consume(ConsumeContext<T> context)
    {
        events.Add(context.Message);
        return Task.CompletedTask;
    }
}
