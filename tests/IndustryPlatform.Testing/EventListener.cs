using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.Testing;

/// <summary>
/// A bus of the test's own on the real RabbitMQ: it receives the integration events a service under test publishes, as
/// another service's consumer would (on a queue of its own, deleted afterwards), and publishes what other services would.
/// </summary>
public sealed class EventListener : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly ReceivedEvents _received;

    private EventListener(IHost host, ReceivedEvents received)
    {
        _host = host;
        _received = received;
    }

    /// <summary>For publishing as another service would.</summary>
    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public static async Task<EventListener> StartAsync(string rabbitMqConnectionString, params Type[] eventTypes)
    {
        var received = new ReceivedEvents();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(received);
        builder.Services.AddMassTransit(bus =>
        {
            foreach (var type in eventTypes)
            {
                bus.AddConsumer(typeof(Recorder<>).MakeGenericType(type));
            }

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(rabbitMqConnectionString));
                rabbit.ReceiveEndpoint($"test-listener-{Guid.NewGuid():N}", endpoint =>
                {
                    endpoint.AutoDelete = true;
                    endpoint.Durable = false;
                    endpoint.ConfigureConsumers(context);
                });
            });
        });
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new EventListener(host, received);
    }

    /// <summary>The first event of type <typeparamref name="T"/> matching, waiting for it up to <paramref name="timeout"/> (30 s).</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (_received.Events.OfType<T>().FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No {typeof(T).Name} matching the test arrived within {(timeout ?? TimeSpan.FromSeconds(30)).TotalSeconds:0} s.");
            }

            await Task.Delay(100);
        }
    }

    public IReadOnlyList<T> All<T>(Func<T, bool> match) => [.. _received.Events.OfType<T>().Where(match)];

    public int Count<T>(Func<T, bool> match) => _received.Events.OfType<T>().Count(match);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private sealed class ReceivedEvents
    {
        public ConcurrentQueue<object> Events { get; } = new();
    }

    private sealed class Recorder<T>(ReceivedEvents received) : IConsumer<T>
        where T : class
    {
        public Task Consume(ConsumeContext<T> context)
        {
            received.Events.Enqueue(context.Message);
            return Task.CompletedTask;
        }
    }
}
