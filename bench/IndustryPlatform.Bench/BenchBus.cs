using MassTransit;

namespace IndustryPlatform.Bench;

/// <summary>A message that does nothing: the broker's and MassTransit's own cost, with no work behind it.</summary>
public sealed record LoopPing(Guid Run, int Sequence);

/// <summary>
/// The bench's own MassTransit bus on the platform's broker. It publishes the way the Projects outbox relay does
/// (publisher confirms on, so a publish completes when the broker has the message), and it consumes <see cref="LoopPing"/>
/// on its own queue with the same prefetch and concurrency as Indicators' fact consumers, recording when each arrived.
/// </summary>
public sealed class BenchBus : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private Guid _run;
    private long[] _receivedAt = [];
    private int _received;

    private BenchBus(string connectionString, int prefetch)
    {
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(connectionString), host =>
            {
                host.PublisherConfirmation = true;
                host.ConnectionName("bench");
            });
            rabbit.ReceiveEndpoint("bench-loop", endpoint =>
            {
                endpoint.PrefetchCount = prefetch;
                endpoint.ConcurrentMessageLimit = prefetch;
                endpoint.Handler<LoopPing>(context =>
                {
                    var ping = context.Message;
                    if (ping.Run == _run && ping.Sequence < _receivedAt.Length)
                    {
                        _receivedAt[ping.Sequence] = DateTime.UtcNow.Ticks;
                        Interlocked.Increment(ref _received);
                    }

                    return Task.CompletedTask;
                });
            });
        });
    }

    public static async Task<BenchBus> StartAsync(string connectionString, int prefetch)
    {
        var bench = new BenchBus(connectionString, prefetch);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bench._bus.StartAsync(timeout.Token);
        return bench;
    }

    public Task PublishAsync<T>(T message)
        where T : class => _bus.Publish(message);

    /// <summary>Starts counting a new loop run of <paramref name="count"/> pings; returns its id.</summary>
    public Guid BeginLoop(int count)
    {
        _receivedAt = new long[count];
        _received = 0;
        _run = Guid.NewGuid();
        return _run;
    }

    public int LoopReceived => Volatile.Read(ref _received);

    /// <summary>UTC ticks at which each ping of the current run arrived; 0 = not (yet) arrived.</summary>
    public long[] LoopReceivedAt => _receivedAt;

    public async ValueTask DisposeAsync() => await _bus.StopAsync(TimeSpan.FromSeconds(30));
}
