using System.Diagnostics;

namespace IndustryPlatform.Bench;

/// <summary>What a publishing run did: when each message was handed to the bus (UTC ticks), and how it went.</summary>
public sealed record PublishRun(long[] SentAt, TimeSpan Elapsed, int Failures, string? FirstFailure)
{
    public double PerSecond => SentAt.Length / Elapsed.TotalSeconds;
}

/// <summary>
/// An open-loop publisher: message i is handed to the bus at i / rate seconds after the start (or at once when no rate
/// is given, "flood"), without waiting for earlier confirms — at most <c>window</c> publishes await their confirm at a
/// time. Open loop, so a slow consumer shows up as latency, not as a lower offered rate.
/// </summary>
public static class PacedPublisher
{
    public static async Task<PublishRun> RunAsync(int count, double? perSecond, int window, Func<int, Task> publish)
    {
        var sentAt = new long[count];
        var inFlight = new SemaphoreSlim(window);
        var pending = new List<Task>(count);
        var failures = 0;
        string? firstFailure = null;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (perSecond is { } rate)
            {
                var wait = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait);
                }
            }

            await inFlight.WaitAsync();
            sentAt[i] = DateTime.UtcNow.Ticks;
            pending.Add(PublishOneAsync(i));
        }

        await Task.WhenAll(pending);
        clock.Stop();
        return new PublishRun(sentAt, clock.Elapsed, failures, firstFailure);

        async Task PublishOneAsync(int i)
        {
            try
            {
                await publish(i);
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref failures);
                Interlocked.CompareExchange(ref firstFailure, ex.GetType().Name + ": " + ex.Message, null);
            }
            finally
            {
                inFlight.Release();
            }
        }
    }
}
