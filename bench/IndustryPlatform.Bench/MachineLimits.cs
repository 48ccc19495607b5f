using System.Globalization;
using Npgsql;

namespace IndustryPlatform.Bench;

/// <summary>
/// What this machine does with no platform code in the way, measured in the same run as scenario 3 so the ratios
/// compare like with like: PostgreSQL single-row INSERTs (autocommit, one fsync'd commit each, like one event applied
/// per transaction), and a RabbitMQ publish → consume loop through MassTransit with a handler that does nothing.
/// </summary>
public static class MachineLimits
{
    /// <summary>Closed-loop single-row INSERTs into a throw-away table of indicatorsdb; returns inserts/s.</summary>
    public static async Task<double> PostgresInsertsAsync(Platform platform, int concurrency, TimeSpan duration, ResultTable table)
    {
        var connectionString = await platform.ConnectionStringAsync("indicatorsdb");
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var create = new NpgsqlCommand(
                "CREATE TABLE IF NOT EXISTS bench_insert_limit (id uuid PRIMARY KEY, version integer NOT NULL, applied_at timestamptz NOT NULL)", setup);
            await create.ExecuteNonQueryAsync();
        }

        var connections = new NpgsqlConnection[concurrency];
        try
        {
            for (var w = 0; w < concurrency; w++)
            {
                connections[w] = new NpgsqlConnection(connectionString);
                await connections[w].OpenAsync();
            }

            var result = await LoadDriver.RunAsync(concurrency, TimeSpan.FromSeconds(1), duration, async (worker, _) =>
            {
                await using var insert = new NpgsqlCommand("INSERT INTO bench_insert_limit VALUES (@id, 1, now())", connections[worker]);
                insert.Parameters.AddWithValue("id", Guid.NewGuid());
                return await insert.ExecuteNonQueryAsync() == 1;
            });
            table.Add(ResultRow.FromLoad("3. machine limit", $"PostgreSQL single-row INSERT (autocommit), c={concurrency}", result, "-", "rows"));
            return result.PerSecond;
        }
        finally
        {
            foreach (var connection in connections.Where(c => c is not null))
            {
                await connection.DisposeAsync();
            }

            await using var cleanup = new NpgsqlConnection(connectionString);
            await cleanup.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP TABLE IF EXISTS bench_insert_limit", cleanup);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// <paramref name="count"/> no-op pings published (at <paramref name="perSecond"/>, or as fast as confirms allow) and
    /// consumed by the bench's own queue; a row in <paramref name="table"/> unless null (a warm-up); returns (pings/s from first publish to last consumed, p99 ms).
    /// </summary>
    public static async Task<(double PerSecond, double P99)> BrokerLoopAsync(BenchBus bus, int count, double? perSecond, int window, ResultTable? table)
    {
        var run = bus.BeginLoop(count);
        var published = await PacedPublisher.RunAsync(count, perSecond, window, i => bus.PublishAsync(new LoopPing(run, i)));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (bus.LoopReceived < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var received = bus.LoopReceivedAt;
        var latencies = new Latencies();
        long last = 0;
        for (var i = 0; i < count; i++)
        {
            if (received[i] > 0)
            {
                latencies.AddMilliseconds(TimeSpan.FromTicks(received[i] - published.SentAt[i]).TotalMilliseconds);
                last = Math.Max(last, received[i]);
            }
        }

        var span = TimeSpan.FromTicks(last - published.SentAt[0]);
        var rate = latencies.Count / span.TotalSeconds;
        var offered = perSecond is { } r ? $"offered {r.ToString("0", CultureInfo.InvariantCulture)}/s" : $"flood, {window} unconfirmed at most";
        var variant = window == 1 ? "one publish at a time, each awaiting its confirm" : offered;
        table?.Add(new ResultRow("3. machine limit", $"RabbitMQ publish → no-op MassTransit consumer, {variant}",
            $"{latencies.Count} msgs ({count - latencies.Count} lost)", ResultRow.Number(rate),
            ResultRow.Ms(latencies.Percentile(50)), ResultRow.Ms(latencies.Percentile(95)), ResultRow.Ms(latencies.Percentile(99)), "-"));
        if (published.Failures > 0)
        {
            table?.Note($"3. {published.Failures} loop publishes failed: {published.FirstFailure}");
        }

        return (rate, latencies.Percentile(99));
    }
}
