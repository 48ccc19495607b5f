using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace IndustryPlatform.Bench;

/// <summary>
/// Scenario 3: N major projects (≥ 3 亿元) are registered beforehand (not measured), then each is advanced to "Started"
/// through the gateway with many workers. Every advance commits a ProjectStageAdvanced outbox row in projectsdb; the
/// relay publishes it to RabbitMQ; Indicators' CountMajorProjects applies it and records the message in its inbox.
/// Commit-to-applied latency per event = inbox_messages.received_at (indicatorsdb) − outbox_messages.occurred_at
/// (projectsdb), joined on the message id; events/s = N / (last applied − first committed); lost = N − applied.
/// </summary>
public static class EventPipelineScenario
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static async Task RunAsync(Platform platform, BenchOptions options, ResultTable table)
    {
        var n = options.Events;
        var enterprises = DemoData.OnePerDistrict();
        using var gateway = await platform.ClientAsync(platform.Endpoint("gateway"));
        var ids = new string[n];

        Console.WriteLine($"  registering {n} major projects (not measured) ...");
        var registered = await FixedWork.RunAsync(n, 8, async i =>
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
        table.Add(ResultRow.FromLoad("3. event pipeline", "register project via gateway (setup), c=8", registered, ProcessMemory.Describe(["projects", "gateway"])));
        if (registered.Failures > 0)
        {
            table.Note($"3. {registered.Failures} registrations failed: {registered.FirstFailure}");
        }

        var projectIds = ids.Where(id => id is not null).ToArray();
        Console.WriteLine($"  advancing {projectIds.Length} projects to Started, {options.Concurrency} workers ...");
        var advancing = DateTimeOffset.UtcNow.AddSeconds(-1);
        var rollbacksBefore = await RollbacksAsync(platform);
        var advanced = await FixedWork.RunAsync(projectIds.Length, options.Concurrency, async i =>
        {
            var month = 2 + (i % 11);
            using var response = await gateway.PostAsJsonAsync($"/api/v1/projects/{projectIds[i]}/advance", new
            {
                expectedVersion = 1,
                stage = "Started",
                reachedOn = $"2025-{month:00}-15",
            });
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            return true;
        });
        table.Add(ResultRow.FromLoad("3. event pipeline", $"advance to Started via gateway (commit), c={options.Concurrency}", advanced, ProcessMemory.Describe(["projects", "gateway"]), "events"));
        if (advanced.Failures > 0)
        {
            table.Note($"3. {advanced.Failures} advances failed: {advanced.FirstFailure}");
        }

        var messageIds = (await CommittedAsync(platform, projectIds, advancing)).Keys.ToArray();
        Console.WriteLine($"  {messageIds.Length} events committed; waiting until Indicators applied them ...");
        var applied = await AwaitAppliedAsync(platform, messageIds);
        var rollbacksAfter = await RollbacksAsync(platform);
        // Read again: by now the relay has stamped published_at on every row it published.
        var committed = await CommittedAsync(platform, projectIds, advancing);

        var latencies = new Latencies();
        var relay = new Latencies();
        var delivery = new Latencies();
        foreach (var (id, at) in applied)
        {
            var (occurred, published) = committed[id];
            latencies.AddMilliseconds((at - occurred).TotalMilliseconds);
            if (published is { } p)
            {
                relay.AddMilliseconds((p - occurred).TotalMilliseconds);
                delivery.AddMilliseconds((at - p).TotalMilliseconds);
            }
        }

        var span = applied.Count == 0 ? TimeSpan.Zero : applied.Values.Max() - committed.Values.Min(c => c.Occurred);
        var rate = span > TimeSpan.Zero ? applied.Count / span.TotalSeconds : double.NaN;
        var lost = messageIds.Length - applied.Count;
        table.Add(new ResultRow("3. event pipeline", "commit → counted by CountMajorProjects",
            $"{applied.Count} events ({lost} lost)", ResultRow.Number(rate),
            ResultRow.Ms(latencies.Percentile(50)), ResultRow.Ms(latencies.Percentile(95)), ResultRow.Ms(latencies.Percentile(99)),
            ProcessMemory.Describe(["projects", "indicators"])));
        table.Add(new ResultRow("3. event pipeline", "  of which commit → published (outbox relay + broker confirm)", $"{relay.Count} events", "-",
            ResultRow.Ms(relay.Percentile(50)), ResultRow.Ms(relay.Percentile(95)), ResultRow.Ms(relay.Percentile(99)), "-"));
        table.Add(new ResultRow("3. event pipeline", "  of which published → applied (broker, consumer, retries)", $"{delivery.Count} events", "-",
            ResultRow.Ms(delivery.Percentile(50)), ResultRow.Ms(delivery.Percentile(95)), ResultRow.Ms(delivery.Percentile(99)), "-"));
        table.Note($"3. indicatorsdb transactions rolled back while the events were applied: {rollbacksAfter - rollbacksBefore} (each is a consumer attempt that failed, e.g. two events counting into the same figure at once, and was retried after 0.2 s, 1 s, 3 s)");
        if (lost > 0)
        {
            table.Note($"3. messages in Indicators' error queue for CountMajorProjects: {await ErrorQueueAsync(platform)} (a message whose four attempts all failed waits there, unapplied, until someone moves it back)");
        }

        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"3. event pipeline: {applied.Count}/{messageIds.Length} applied, {lost} lost (not applied within {Patience.TotalSeconds:0} s of the last commit); first commit to last applied {span.TotalSeconds:0.0} s = {rate:0} events/s (target >= 1000/s, p99 <= 250 ms, 0 lost)"));
    }

    /// <summary>Message id → commit time of each project's ProjectStageAdvanced outbox row.</summary>
    private static async Task<Dictionary<Guid, (DateTimeOffset Occurred, DateTimeOffset? Published)>> CommittedAsync(Platform platform, string[] projectIds, DateTimeOffset since)
    {
        await using var connection = new NpgsqlConnection(await platform.ConnectionStringAsync("projectsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT id, occurred_at, published_at FROM outbox_messages WHERE message_type LIKE '%ProjectStageAdvanced%' " +
            "AND payload->>'projectId' = ANY(@ids) AND occurred_at >= @since", connection);
        command.Parameters.AddWithValue("ids", projectIds);
        command.Parameters.AddWithValue("since", since);
        var result = new Dictionary<Guid, (DateTimeOffset, DateTimeOffset?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetGuid(0)] = (reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
        }

        return result;
    }

    private static async Task<string> ErrorQueueAsync(Platform platform)
    {
        try
        {
            var factory = new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(await platform.ConnectionStringAsync("rabbitmq")) };
            await using var connection = await factory.CreateConnectionAsync();
            foreach (var queue in new[] { "indicators-count-major-projects_error", "count-major-projects_error", "indicators-CountMajorProjects_error" })
            {
                await using var channel = await connection.CreateChannelAsync();
                try
                {
                    var declared = await channel.QueueDeclarePassiveAsync(queue);
                    return $"{declared.MessageCount} in {queue}";
                }
                catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
                {
                    // Not this name.
                }
            }

            return "queue not found";
        }
        catch (Exception ex)
        {
            return $"not read ({ex.GetType().Name})";
        }
    }

    private static async Task<long> RollbacksAsync(Platform platform)
    {
        await using var connection = new NpgsqlConnection(await platform.ConnectionStringAsync("indicatorsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Polls Indicators' inbox until every message is applied by CountMajorProjects or nothing moves for a while.</summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> AwaitAppliedAsync(Platform platform, Guid[] messageIds)
    {
        await using var connection = new NpgsqlConnection(await platform.ConnectionStringAsync("indicatorsdb"));
        await connection.OpenAsync();
        var waited = Stopwatch.StartNew();
        var lastCount = -1;
        var lastProgress = Stopwatch.StartNew();
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "SELECT message_id, received_at FROM inbox_messages WHERE consumer LIKE '%CountMajorProjects' AND message_id = ANY(@ids)", connection);
            command.Parameters.AddWithValue("ids", messageIds);
            var applied = new Dictionary<Guid, DateTimeOffset>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    applied[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
                }
            }

            if (applied.Count == messageIds.Length || waited.Elapsed > Patience && lastProgress.Elapsed > TimeSpan.FromSeconds(15))
            {
                return applied;
            }

            if (applied.Count != lastCount)
            {
                lastCount = applied.Count;
                lastProgress.Restart();
            }

            await Task.Delay(250);
        }
    }
}
