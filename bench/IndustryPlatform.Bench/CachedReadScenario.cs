using System.Globalization;

namespace IndustryPlatform.Bench;

/// <summary>
/// Scenarios 1 and 2: the same cached read (GET /api/v1/enterprises/{code} of a demo enterprise, served from Redis after
/// the first read) straight to Enterprises' "http" endpoint, through the gateway, and through nginx in front of the
/// same endpoint — same concurrency, one after the other in one run; plus one worker each, below saturation.
/// </summary>
public static class CachedReadScenario
{
    public static async Task RunAsync(Platform platform, BenchOptions options, ResultTable table)
    {
        var code = DemoData.OnePerDistrict()[0].CreditCode;
        var path = $"/api/v1/enterprises/{code}";
        var direct = platform.Endpoint("enterprises");
        var gateway = platform.Endpoint("gateway");

        await using var nginx = await StartNginxAsync(direct, table);

        using (var probe = await platform.ClientAsync(gateway))
        {
            using var first = await probe.GetAsync(path);
            using var second = await probe.GetAsync(path);
            var cache = second.Headers.TryGetValues("X-Cache", out var values) ? string.Join(",", values) : "(no X-Cache header)";
            Console.WriteLine($"  probe {path}: {(int)first.StatusCode}, then {(int)second.StatusCode} X-Cache {cache}");
            if (!second.IsSuccessStatusCode)
            {
                table.Note($"1. cached read: {path} answered {(int)second.StatusCode}; the read scenarios measure refusals.");
            }
        }

        Console.WriteLine($"  Enterprises' http endpoint as the AppHost gives it: {direct}; gateway: {gateway}");
        var targets = new List<(string Name, Uri Address)> { ("direct", direct), ("gateway", gateway) };
        if (nginx is not null)
        {
            targets.Add(("nginx", nginx.Address));
        }

        // Each variant runs in two halves, the variants interleaved (direct, gateway, nginx, direct, gateway, nginx), so a
        // change in the machine's other load during the run hits them alike.
        var results = new Dictionary<string, LoadResult>();
        foreach (var concurrency in new[] { options.Concurrency, 1 })
        {
            var variants = targets.Where(t => concurrency > 1 || t.Name != "nginx").ToList();
            var halves = variants.ToDictionary(v => v.Name, _ => new List<LoadResult>());
            for (var round = 0; round < 2; round++)
            {
                foreach (var (name, address) in variants)
                {
                    using var client = await platform.ClientAsync(address, Math.Max(concurrency, 2));
                    Console.WriteLine($"  cached read via {name}, {concurrency} workers, half {round + 1} ...");
                    halves[name].Add(await LoadDriver.RunAsync(concurrency, options.WarmUp, options.Duration / 2, async (_, ct) =>
                    {
                        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, ct);
                        return response.IsSuccessStatusCode;
                    }));
                }
            }

            foreach (var (name, _) in variants)
            {
                var parts = halves[name];
                var result = new LoadResult(parts.Sum(p => p.Requests), parts.Sum(p => p.Failures),
                    TimeSpan.FromTicks(parts.Sum(p => p.Elapsed.Ticks)), Latencies.Merge(parts.Select(p => p.Latencies)),
                    parts.Select(p => p.FirstFailure).FirstOrDefault(f => f is not null));
                results[$"{name}/{concurrency}"] = result;
                var scenario = name == "nginx" ? "2. proxy peers" : "1. gateway overhead";
                table.Add(ResultRow.FromLoad(scenario, $"GET enterprise via {name}, c={concurrency}", result,
                    ProcessMemory.Describe(name == "gateway" ? ["enterprises", "gateway"] : ["enterprises"], name == "nginx" ? "nginx" : null, name == "nginx" ? "nginx" : null)));
            }
        }

        var c = options.Concurrency;
        if (results.TryGetValue($"direct/{c}", out var d) && results.TryGetValue($"gateway/{c}", out var g))
        {
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"1. gateway/direct throughput at c={c}: {g.PerSecond / d.PerSecond:0.00} (target >= 0.8); added p99 at c={c}: {g.Latencies.Percentile(99) - d.Latencies.Percentile(99):0.00} ms"));
        }

        if (results.TryGetValue("direct/1", out var d1) && results.TryGetValue("gateway/1", out var g1))
        {
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"1. below saturation (c=1): gateway/direct throughput {g1.PerSecond / d1.PerSecond:0.00}; added p50 {g1.Latencies.Percentile(50) - d1.Latencies.Percentile(50):0.00} ms, added p99 {g1.Latencies.Percentile(99) - d1.Latencies.Percentile(99):0.00} ms (target < 1 ms)"));
        }

        if (results.TryGetValue($"nginx/{c}", out var n) && results.TryGetValue($"gateway/{c}", out var g2))
        {
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"2. gateway/nginx throughput at c={c}: {g2.PerSecond / n.PerSecond:0.00} (target >= 1.0); p99 gateway {g2.Latencies.Percentile(99):0.00} ms vs nginx {n.Latencies.Percentile(99):0.00} ms"));
        }
    }

    private static async Task<NginxProxy?> StartNginxAsync(Uri upstream, ResultTable table)
    {
        try
        {
            var nginx = await NginxProxy.StartAsync(upstream);
            if (nginx is null)
            {
                table.Note($"2. proxy peers: {NginxProxy.Binary} is not installed (scripts/bench installs it); skipped.");
            }

            return nginx;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            table.Note($"2. proxy peers: nginx did not start ({ex.Message}); skipped.");
            return null;
        }
    }
}
