namespace IndustryPlatform.Bench;

/// <summary>
/// Scenario 5: the districts' ranking and a region's summary card through the gateway, cache hit vs miss, and enterprise
/// search. A hit repeats the same latest-figures query (cached in Redis after the first read; X-Cache: hit). A miss
/// adds asOf=&lt;today&gt;: the same figures as known now, which the service never caches, so every request recomputes
/// from PostgreSQL (the cost of a miss, without invalidating anything).
/// </summary>
public static class ReadPathsScenario
{
    public static async Task RunAsync(Platform platform, BenchOptions options, ResultTable table)
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var district = DemoData.OnePerDistrict()[0].DistrictCode;
        var reads = new (string Variant, string Path, bool ExpectHit)[]
        {
            ("ranking, cache hit", "/api/v1/indicators/industrial-value-added/ranking?period=2024-12&basis=cumulative", true),
            ("ranking, cache miss (asOf)", $"/api/v1/indicators/industrial-value-added/ranking?period=2024-12&basis=cumulative&asOf={today}", false),
            ("summary, cache hit", "/api/v1/indicators/industrial-value-added/summary?region=huzhou&period=2024-12&basis=cumulative", true),
            ("summary, cache miss (asOf)", $"/api/v1/indicators/industrial-value-added/summary?region=huzhou&period=2024-12&basis=cumulative&asOf={today}", false),
            ("enterprise search (district, page of 20)", $"/api/v1/enterprises?district={district}&page=1&pageSize=20", false),
            ("enterprise search (name)", "/api/v1/enterprises?name=%E9%9B%86%E5%9B%A2&page=1&pageSize=20", false),
        };

        using var gateway = await platform.ClientAsync(platform.Endpoint("gateway"), options.Concurrency);
        foreach (var (variant, path, expectHit) in reads)
        {
            using (var probe = await gateway.GetAsync(path))
            {
                using var again = await gateway.GetAsync(path);
                var cache = again.Headers.TryGetValues("X-Cache", out var values) ? string.Join(",", values) : "-";
                Console.WriteLine($"  probe {path}: {(int)again.StatusCode}, X-Cache {cache}");
                if (!again.IsSuccessStatusCode)
                {
                    table.Note($"5. {variant}: {path} answered {(int)again.StatusCode}: {(await again.Content.ReadAsStringAsync())[..Math.Min(200, (int)(again.Content.Headers.ContentLength ?? 200))]}");
                }
                else if (expectHit && cache != "hit")
                {
                    table.Note($"5. {variant}: expected X-Cache hit, got {cache}.");
                }
            }

            var misses = 0L;
            var result = await LoadDriver.RunAsync(options.Concurrency, options.WarmUp, options.Duration, async (_, ct) =>
            {
                using var response = await gateway.GetAsync(path, HttpCompletionOption.ResponseContentRead, ct);
                if (expectHit && (!response.Headers.TryGetValues("X-Cache", out var v) || !v.Contains("hit")))
                {
                    Interlocked.Increment(ref misses);
                }

                return response.IsSuccessStatusCode;
            });
            table.Add(ResultRow.FromLoad("5. read paths", $"{variant} via gateway, c={options.Concurrency}", result,
                ProcessMemory.Describe([path.Contains("enterprises", StringComparison.Ordinal) ? "enterprises" : "indicators", "gateway"])));
            if (misses > 0)
            {
                table.Note($"5. {variant}: {misses} requests were not cache hits.");
            }
        }
    }
}
