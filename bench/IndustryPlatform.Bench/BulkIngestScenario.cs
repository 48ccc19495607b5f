using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace IndustryPlatform.Bench;

/// <summary>
/// Scenario 4: observations through the gateway's REST batch endpoint in batches of the service's limit
/// (SubmitObservations.MaxRows = 5000), one batch at a time, each validated row stored as a new vintage. The rows are
/// monthly and year-to-date figures (亿元 indicators × every region × months going back from 2024-12), consistent
/// within each year and marked confirmed; where the demo history already holds a figure the row becomes a revision.
/// </summary>
public static class BulkIngestScenario
{
    public const int MaxRows = 5000;

    private const int DirectBatches = 4;

    private static readonly string[] Indicators =
    [
        "industrial-value-added", "manufacturing-investment", "fixed-asset-investment", "burden-reduction",
        "operating-revenue", "operating-cost", "emerging-chains-revenue", "traditional-manufacturing-profit",
    ];

    public static async Task RunAsync(Platform platform, BenchOptions options, ResultTable table)
    {
        var regions = Regions();
        // Four more batches (older years) go straight to Indicators afterwards, to tell the gateway's share from the service's.
        var all = Rows(options.Rows + DirectBatches * MaxRows, regions);
        var rows = all.Take(options.Rows).ToList();
        var batches = rows.Chunk(MaxRows).ToList();
        using var gateway = await platform.ClientAsync(platform.Endpoint("gateway"));
        long accepted = 0, rejected = 0, held = 0, unchanged = 0;
        string? firstRefusal = null;

        Console.WriteLine($"  submitting {rows.Count} rows in {batches.Count} batches through the gateway ...");
        var result = await FixedWork.RunAsync(batches.Count, 1, async i =>
        {
            using var response = await gateway.PostAsJsonAsync("/api/v1/indicators/observations:batch", new { rows = batches[i] });
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
            }

            using var body = JsonDocument.Parse(text);
            var root = body.RootElement;
            Interlocked.Add(ref accepted, root.GetProperty("accepted").GetInt32());
            Interlocked.Add(ref rejected, root.GetProperty("rejected").GetInt32());
            Interlocked.Add(ref held, root.GetProperty("needsConfirmation").GetInt32());
            Interlocked.Add(ref unchanged, root.GetProperty("unchanged").GetInt32());
            if (firstRefusal is null)
            {
                foreach (var row in root.GetProperty("rows").EnumerateArray())
                {
                    if (row.GetProperty("outcome").ToString() is not ("Accepted" or "0") && row.TryGetProperty("findings", out var findings))
                    {
                        firstRefusal = $"{row.GetProperty("outcome")}: {findings}";
                        break;
                    }
                }
            }

            return true;
        });

        var submitted = result.Requests * MaxRows;
        var rowsPerSecond = rows.Count * (result.Requests / (double)batches.Count) / result.Elapsed.TotalSeconds;
        table.Add(new ResultRow("4. bulk ingest", $"REST batches of {MaxRows} via gateway, 1 at a time",
            $"{Math.Min(submitted, rows.Count)} rows / {result.Requests} batches" + (result.Failures > 0 ? $" ({result.Failures} failed)" : ""),
            ResultRow.Number(rowsPerSecond) + " rows",
            ResultRow.Ms(result.Latencies.Percentile(50)), ResultRow.Ms(result.Latencies.Percentile(95)), ResultRow.Ms(result.Latencies.Percentile(99)),
            ProcessMemory.Describe(["indicators", "gateway"])));
        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"4. bulk ingest: {rows.Count} rows in {result.Elapsed.TotalSeconds:0.0} s = {rowsPerSecond:0} rows/s (target >= 10000); outcomes: {accepted} accepted, {rejected} refused, {held} held for confirmation, {unchanged} unchanged; latencies are per batch of {MaxRows}")
            + (result.Failures > 0 ? $"; first failure: {result.FirstFailure}" : "")
            + (firstRefusal is not null ? $"; first non-accepted row: {firstRefusal[..Math.Min(firstRefusal.Length, 200)]}" : ""));

        await DirectAsync(platform, all.Skip(options.Rows).ToList(), table);
    }

    private static async Task DirectAsync(Platform platform, List<object> rows, ResultTable table)
    {
        var batches = rows.Chunk(MaxRows).ToList();
        using var direct = await platform.ClientAsync(platform.Endpoint("indicators"));
        Console.WriteLine($"  submitting {rows.Count} rows in {batches.Count} batches straight to Indicators ...");
        var result = await FixedWork.RunAsync(batches.Count, 1, async i =>
        {
            using var response = await direct.PostAsJsonAsync("/api/v1/indicators/observations:batch", new { rows = batches[i] });
            return response.IsSuccessStatusCode;
        });
        table.Add(new ResultRow("4. bulk ingest", $"REST batches of {MaxRows} direct to Indicators, 1 at a time",
            $"{result.Requests * MaxRows} rows / {result.Requests} batches" + (result.Failures > 0 ? $" ({result.Failures} failed)" : ""),
            ResultRow.Number(result.Requests * MaxRows / result.Elapsed.TotalSeconds) + " rows",
            ResultRow.Ms(result.Latencies.Percentile(50)), ResultRow.Ms(result.Latencies.Percentile(95)), ResultRow.Ms(result.Latencies.Percentile(99)),
            ProcessMemory.Describe(["indicators"])));
    }

    private static IReadOnlyList<string> Regions()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DemoData.RepositoryRoot(), "seeds", "regions.json")));
        return json.RootElement.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList();
    }

    private static List<object> Rows(int count, IReadOnlyList<string> regions)
    {
        var rows = new List<object>(count);
        var random = new Random(7);
        for (var year = 2024; rows.Count < count; year--)
        {
            foreach (var indicator in Indicators)
            {
                foreach (var region in regions)
                {
                    var yearToDate = 0m;
                    for (var month = 1; month <= 12; month++)
                    {
                        var monthly = Math.Round(50m + (decimal)random.NextDouble() * 10m, 2);
                        yearToDate += monthly;
                        var period = $"{year}-{month:00}";
                        rows.Add(new { indicatorCode = indicator, regionCode = region, period, basis = "monthly", value = monthly, unit = "亿元", confirmed = true });
                        rows.Add(new { indicatorCode = indicator, regionCode = region, period, basis = "cumulative", value = yearToDate, unit = "亿元", confirmed = true });
                    }
                }
            }
        }

        // Whole batches in period order: a batch then touches one or two years, as a monthly report would.
        return rows.Take(count).ToList();
    }
}
