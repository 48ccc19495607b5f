using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace IndustryPlatform.Bench;

/// <summary>
/// Scenario 3, the facts path: a committed project change → Indicators' project_facts row (issue 11, point 7), in its
/// two halves and beside the machine's own limits, all in one run.
/// <list type="number">
/// <item>Machine limits: PostgreSQL single-row INSERTs (c=1 and c=16), and a RabbitMQ publish → no-op MassTransit
/// consumer loop, paced at the same rate as the facts and flooded.</item>
/// <item>Consumer half: ProjectFactsChanged published straight to the broker with MassTransit (as the Projects relay
/// publishes it, confirms on), open loop at <c>--rate</c> for <c>--duration</c>, then the same stream flooded. Each
/// project gets versions 1 and 2, some out of order, some twice (see <see cref="FactStream"/>). Latency per project =
/// project_facts.applied_at − the moment its version 2 was first handed to the bus.</item>
/// <item>Relay half, end to end: <c>--events</c> projects registered through the gateway; each registration commits a
/// ProjectFactsChanged outbox row in projectsdb. Relay = outbox published_at − occurred_at; consumer =
/// applied_at − published_at; end to end = applied_at − occurred_at.</item>
/// </list>
/// Lost = a project missing from project_facts or not at its last version; doubled = more than one row for a project.
/// applied_at is PostgreSQL's now() of the upsert statement (its transaction's start), so a few milliseconds of
/// statement and commit are not in it.
/// </summary>
public static class EventPipelineScenario
{
    /// <summary>As Indicators' fact consumers (FactBatches: 200 per batch × 2 batches at a time).</summary>
    private const int ConsumerPrefetch = 400;

    /// <summary>At most this many publishes await their broker confirm at once.</summary>
    private const int PublishWindow = 256;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static async Task RunAsync(Platform platform, BenchOptions options, ResultTable table)
    {
        var indicatorsDb = await platform.ConnectionStringAsync("indicatorsdb");
        var count = Math.Max(100, (int)(options.Rate * options.Duration.TotalSeconds));
        await using var bus = await BenchBus.StartAsync(await platform.ConnectionStringAsync("rabbitmq"), ConsumerPrefetch);

        Console.WriteLine("  machine limits: PostgreSQL single-row INSERT, RabbitMQ loop with no work ...");
        var insertsOne = await MachineLimits.PostgresInsertsAsync(platform, 1, TimeSpan.FromSeconds(5), table);
        var insertsMany = await MachineLimits.PostgresInsertsAsync(platform, 16, TimeSpan.FromSeconds(5), table);
        // The bench's bus is new: its first messages pay for JIT and channel set-up, which no service pays in the run.
        await MachineLimits.BrokerLoopAsync(bus, 1000, null, PublishWindow, table: null);
        var loopPaced = await MachineLimits.BrokerLoopAsync(bus, count, options.Rate, PublishWindow, table);
        // One publish at a time, each awaiting its confirm: the ceiling of the outbox relay as it publishes today.
        var loopSerial = await MachineLimits.BrokerLoopAsync(bus, Math.Min(count, 2000), null, 1, table);
        var loopFlood = await MachineLimits.BrokerLoopAsync(bus, count, null, PublishWindow, table);

        Console.WriteLine($"  consumer half: {count} ProjectFactsChanged published straight to the broker at {options.Rate}/s, then flooded ...");
        var paced = await ConsumerHalfAsync(bus, indicatorsDb, count, options.Rate, platform, table);
        var flood = await ConsumerHalfAsync(bus, indicatorsDb, count, null, platform, table);

        Console.WriteLine($"  relay half: {options.Events} projects registered through the gateway ...");
        var relay = await RelayHalfAsync(platform, options, indicatorsDb, table);

        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"3. consumer half at the offered {options.Rate}/s: {paced.Rate:0} facts/s applied, p99 {paced.P99:0} ms; the no-op broker loop at the same offered rate: {loopPaced.PerSecond:0}/s, p99 {loopPaced.P99:0} ms (consumer − loop at p99: {paced.P99 - loopPaced.P99:0} ms)"));
        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"3. relay half: {relay.Rate:0} events/s end to end = {relay.Rate / loopSerial.PerSecond:0.00} × the one-publish-at-a-time broker loop ({loopSerial.PerSecond:0}/s, the relay's ceiling as it publishes today) and {relay.Rate / loopFlood.PerSecond:0.00} × the pipelined loop ({loopFlood.PerSecond:0}/s)"));
        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"3. consumer half flooded: {flood.Rate:0} facts/s = {flood.Rate / loopFlood.PerSecond:0.00} × the no-op broker loop ({loopFlood.PerSecond:0}/s), {flood.Rate / insertsOne:0.0} × PostgreSQL single-row INSERTs at c=1 ({insertsOne:0}/s), {flood.Rate / insertsMany:0.0} × at c=16 ({insertsMany:0}/s)"));
        var met = paced.Rate >= 1000 * 0.98 && paced.P99 <= 250 && paced.Lost + flood.Lost == 0 && paced.Doubled + flood.Doubled == 0;
        table.Note($"3. consumer half against the target (>= 1000/s sustained, p99 <= 250 ms, 0 lost, 0 doubled): {(met ? "met" : "not met")} at the offered {options.Rate}/s");
    }

    private sealed record HalfResult(double Rate, double P99, int Lost, long Doubled);

    private static async Task<HalfResult> ConsumerHalfAsync(BenchBus bus, string indicatorsDb, int count, double? perSecond, Platform platform, ResultTable table)
    {
        var stream = FactStream.Create(count);
        var facts = stream.Messages.Select(stream.Fact).ToArray();
        var published = await PacedPublisher.RunAsync(facts.Length, perSecond, PublishWindow, i => bus.PublishAsync(facts[i]));
        var applied = await AppliedFacts.AwaitAsync(indicatorsDb, stream.Projects, FactStream.LastVersion, Patience);

        var latencies = new Latencies();
        var last = DateTimeOffset.MinValue;
        for (var p = 0; p < stream.Projects.Length; p++)
        {
            if (applied.Rows.TryGetValue(stream.Projects[p], out var row) && row.Version == FactStream.LastVersion)
            {
                latencies.AddMilliseconds(TimeSpan.FromTicks(row.AppliedAt.UtcTicks - published.SentAt[stream.FirstOfLastVersion[p]]).TotalMilliseconds);
            }

            if (row.AppliedAt > last)
            {
                last = row.AppliedAt;
            }
        }

        var span = TimeSpan.FromTicks(last.UtcTicks - published.SentAt[0]);
        var rate = facts.Length / span.TotalSeconds;
        var missing = applied.Missing(stream.Projects);
        var stale = applied.NotAtVersion(FactStream.LastVersion);
        var offered = perSecond is { } r ? $"offered {r.ToString("0", CultureInfo.InvariantCulture)}/s" : $"flood ({published.PerSecond:0}/s published)";
        table.Add(new ResultRow("3. event path", $"consumer half: publish → project_facts.applied_at, {offered}",
            $"{facts.Length} facts / {stream.Projects.Length} projects ({missing + stale} lost, {applied.Doubled} doubled)", ResultRow.Number(rate),
            ResultRow.Ms(latencies.Percentile(50)), ResultRow.Ms(latencies.Percentile(95)), ResultRow.Ms(latencies.Percentile(99)),
            ProcessMemory.Describe(["indicators"])));
        var failed = published.Failures > 0 ? $"; {published.Failures} publishes failed: {published.FirstFailure}" : "";
        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"3. consumer half, {offered}: {facts.Length} facts published in {published.Elapsed.TotalSeconds:0.0} s; first publish → last applied {span.TotalSeconds:0.0} s; {missing} projects missing, {stale} not at version {FactStream.LastVersion}, {applied.RowCount} rows for {stream.Projects.Length} projects{failed}"));
        return new HalfResult(rate, latencies.Percentile(99), missing + stale, applied.Doubled);
    }

    private static async Task<HalfResult> RelayHalfAsync(Platform platform, BenchOptions options, string indicatorsDb, ResultTable table)
    {
        var n = options.Events;
        var enterprises = DemoData.OnePerDistrict();
        using var gateway = await platform.ClientAsync(platform.Endpoint("gateway"));
        var ids = new string[n];
        var registered = await FixedWork.RunAsync(n, options.Concurrency, async i =>
        {
            var enterprise = enterprises[i % enterprises.Count];
            using var response = await gateway.PostAsJsonAsync("/api/v1/projects", new
            {
                name = $"基准测试项目 {i:00000}",
                enterpriseCreditCode = enterprise.CreditCode,
                districtCode = enterprise.DistrictCode,
                chainCode = enterprise.ChainCode,
                kind = "NewManufacturing",
                origin = "NewlyIntroduced",
                totalInvestmentYi = 5m,
                equipmentInvestmentShare = 40m,
                isProvincialMajor = false,
                filedOn = "2025-01-10",
                plannedStartOn = "2025-03-01",
                plannedCompletionOn = "2025-12-31",
                plannedProductionOn = "2026-03-31",
                plannedAboveScaleOn = "2026-09-30",
                plannedAtCapacityOn = "2027-06-30",
            });
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ids[i] = body.RootElement.GetProperty("id").GetString()!;
            return true;
        });
        table.Add(ResultRow.FromLoad("3. event path", $"register project via gateway (commit), c={options.Concurrency}", registered, ProcessMemory.Describe(["projects", "gateway"]), "commits"));
        if (registered.Failures > 0)
        {
            table.Note($"3. {registered.Failures} registrations failed: {registered.FirstFailure}");
        }

        var projects = ids.Where(id => id is not null).Select(Guid.Parse).ToArray();
        Console.WriteLine($"  {projects.Length} registrations committed; waiting until Indicators applied their facts ...");
        var applied = await AppliedFacts.AwaitAsync(indicatorsDb, projects, 1, Patience);
        var committed = await CommittedFactsAsync(platform, projects);

        var endToEnd = new Latencies();
        var relay = new Latencies();
        var consumer = new Latencies();
        var last = DateTimeOffset.MinValue;
        foreach (var project in projects)
        {
            if (!committed.TryGetValue(project, out var outbox))
            {
                continue;
            }

            if (outbox.Published is { } published)
            {
                relay.AddMilliseconds((published - outbox.Occurred).TotalMilliseconds);
            }

            if (applied.Rows.TryGetValue(project, out var row))
            {
                endToEnd.AddMilliseconds((row.AppliedAt - outbox.Occurred).TotalMilliseconds);
                if (outbox.Published is { } p)
                {
                    consumer.AddMilliseconds((row.AppliedAt - p).TotalMilliseconds);
                }

                last = row.AppliedAt > last ? row.AppliedAt : last;
            }
        }

        var first = committed.Count == 0 ? last : committed.Values.Min(c => c.Occurred);
        var span = last - first;
        var rate = span > TimeSpan.Zero ? endToEnd.Count / span.TotalSeconds : double.NaN;
        var lost = applied.Missing(projects) + applied.NotAtVersion(1);
        table.Add(new ResultRow("3. event path", "end to end: commit (outbox occurred_at) → project_facts.applied_at",
            $"{endToEnd.Count} events ({lost} lost, {applied.Doubled} doubled)", ResultRow.Number(rate),
            ResultRow.Ms(endToEnd.Percentile(50)), ResultRow.Ms(endToEnd.Percentile(95)), ResultRow.Ms(endToEnd.Percentile(99)),
            ProcessMemory.Describe(["projects", "indicators"])));
        table.Add(new ResultRow("3. event path", "  of which relay: occurred_at → published_at (outbox relay + broker confirm)", $"{relay.Count} events", "-",
            ResultRow.Ms(relay.Percentile(50)), ResultRow.Ms(relay.Percentile(95)), ResultRow.Ms(relay.Percentile(99)), "-"));
        table.Add(new ResultRow("3. event path", "  of which consumer: published_at → applied_at", $"{consumer.Count} events", "-",
            ResultRow.Ms(consumer.Percentile(50)), ResultRow.Ms(consumer.Percentile(95)), ResultRow.Ms(consumer.Percentile(99)), "-"));
        var outboxRows = await OutboxRowsAsync(platform, first);
        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"3. relay half: {applied.Rows.Count}/{projects.Length} registrations applied, {lost} lost; first commit → last applied {span.TotalSeconds:0.0} s = {rate:0} events/s, while the gateway committed {registered.PerSecond:0}/s; outbox rows in projectsdb over the run: {outboxRows} (every committed change writes ProjectFactsChanged and its named event)"));
        return new HalfResult(rate, endToEnd.Percentile(99), lost, applied.Doubled);
    }

    /// <summary>Project id → commit and publish time of its ProjectFactsChanged outbox row (version 1: its registration).</summary>
    private static async Task<Dictionary<Guid, (DateTimeOffset Occurred, DateTimeOffset? Published)>> CommittedFactsAsync(Platform platform, Guid[] projects)
    {
        await using var connection = new NpgsqlConnection(await platform.ConnectionStringAsync("projectsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (payload->>'projectId')::uuid, occurred_at, published_at FROM outbox_messages " +
            "WHERE message_type LIKE '%ProjectFactsChanged%' AND (payload->>'projectId')::uuid = ANY(@ids) AND (payload->>'version')::int = 1", connection);
        command.Parameters.AddWithValue("ids", projects);
        var result = new Dictionary<Guid, (DateTimeOffset, DateTimeOffset?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetGuid(0)] = (reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
        }

        return result;
    }

    private static async Task<long> OutboxRowsAsync(Platform platform, DateTimeOffset since)
    {
        await using var connection = new NpgsqlConnection(await platform.ConnectionStringAsync("projectsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE occurred_at >= @since", connection);
        command.Parameters.AddWithValue("since", since);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
