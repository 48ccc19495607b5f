using System.Diagnostics;

namespace IndustryPlatform.Bench;

/// <summary>The outcome of one closed-loop load run.</summary>
public sealed record LoadResult(long Requests, long Failures, TimeSpan Elapsed, Latencies Latencies, string? FirstFailure)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// In-process closed-loop load: N workers each send one request, wait for the answer, and send the next, for a warm-up
/// (not recorded) and then a fixed measured duration. A request counts as failed when the operation returns false or throws.
/// </summary>
public static class LoadDriver
{
    public static async Task<LoadResult> RunAsync(int concurrency, TimeSpan warmUp, TimeSpan duration, Func<int, CancellationToken, Task<bool>> operation)
    {
        using (var warm = new CancellationTokenSource(warmUp))
        {
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => WorkAsync(w, operation, null, warm.Token)));
        }

        var parts = Enumerable.Range(0, concurrency).Select(_ => new WorkerTally()).ToArray();
        var clock = Stopwatch.StartNew();
        using (var measured = new CancellationTokenSource(duration))
        {
            await Task.WhenAll(parts.Select((tally, w) => WorkAsync(w, operation, tally, measured.Token)));
        }

        clock.Stop();
        return new LoadResult(
            parts.Sum(p => (long)p.Latencies.Count), parts.Sum(p => p.Failures), clock.Elapsed,
            Latencies.Merge(parts.Select(p => p.Latencies)), parts.Select(p => p.FirstFailure).FirstOrDefault(f => f is not null));
    }

    private sealed class WorkerTally
    {
        public Latencies Latencies { get; } = new();

        public long Failures { get; set; }

        public string? FirstFailure { get; set; }
    }

    private static async Task WorkAsync(int worker, Func<int, CancellationToken, Task<bool>> operation, WorkerTally? tally, CancellationToken stop)
    {
        await Task.Yield();
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            bool ok;
            string? error = null;
            try
            {
                // The stop token is not passed on: a request in flight at the end finishes and is counted.
                ok = await operation(worker, CancellationToken.None);
            }
            catch (Exception ex)
            {
                ok = false;
                error = ex.GetType().Name + ": " + ex.Message;
            }

            var elapsed = Stopwatch.GetTimestamp() - started;
            if (tally is null)
            {
                continue;
            }

            if (ok)
            {
                tally.Latencies.Add(elapsed);
            }
            else
            {
                tally.Failures++;
                tally.FirstFailure ??= error ?? "unexpected status";
            }
        }
    }
}

/// <summary>A fixed amount of work (N items) shared by N workers; each item's latency recorded.</summary>
public static class FixedWork
{
    public static async Task<LoadResult> RunAsync(int items, int concurrency, Func<int, Task<bool>> operation)
    {
        var next = -1;
        var parts = Enumerable.Range(0, concurrency).Select(_ => (Latencies: new Latencies(), Failures: new long[1], Error: new string?[1])).ToArray();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(parts.Select(async part =>
        {
            await Task.Yield();
            int item;
            while ((item = Interlocked.Increment(ref next)) < items)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await operation(item);
                }
                catch (Exception ex)
                {
                    ok = false;
                    part.Error[0] ??= ex.GetType().Name + ": " + ex.Message;
                }

                if (ok)
                {
                    part.Latencies.Add(Stopwatch.GetTimestamp() - started);
                }
                else
                {
                    part.Failures[0]++;
                    part.Error[0] ??= "unexpected status";
                }
            }
        }));
        clock.Stop();
        return new LoadResult(
            parts.Sum(p => (long)p.Latencies.Count), parts.Sum(p => p.Failures[0]), clock.Elapsed,
            Latencies.Merge(parts.Select(p => p.Latencies)), parts.Select(p => p.Error[0]).FirstOrDefault(e => e is not null));
    }
}
