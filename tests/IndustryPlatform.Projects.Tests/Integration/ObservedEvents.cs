using System.Collections.Concurrent;
using IndustryPlatform.Contracts.Events;
using MassTransit;

namespace IndustryPlatform.Projects.Tests.Integration;

/// <summary>What reached the broker, as another service's consumer would receive it.</summary>
public sealed class ObservedEvents
{
    private readonly ConcurrentQueue<(Guid? MessageId, object Message)> _received = new();

    public void Add(Guid? messageId, object message) => _received.Enqueue((messageId, message));

    public async Task<T> WaitForAsync<T>(Func<T, bool> match, TimeSpan timeout) where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = _received.Select(r => r.Message).OfType<T>().FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No {typeof(T).Name} matching the test arrived within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(100);
        }
    }

    public int Count<T>(Func<T, bool> match) where T : class => _received.Select(r => r.Message).OfType<T>().Count(match);
}

public sealed class ObservingConsumer(ObservedEvents events) :
    IConsumer<ProjectRegistered>, IConsumer<ProjectStageAdvanced>, IConsumer<ProjectLightChanged>
{
    public Task Consume(ConsumeContext<ProjectRegistered> context) => Record(context);

    public Task Consume(ConsumeContext<ProjectStageAdvanced> context) => Record(context);

    public Task Consume(ConsumeContext<ProjectLightChanged> context) => Record(context);

    private Task Record<T>(ConsumeContext<T> context) where T : class
    {
        events.Add(context.MessageId, context.Message);
        return Task.CompletedTask;
    }
}
