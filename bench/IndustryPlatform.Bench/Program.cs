using System.Globalization;
using IndustryPlatform.Bench;

// Whole-system benchmarks of issue 7 (see docs/benchmarks.md): boot the AppHost, run each scenario, print one table.
var options = BenchOptions.Parse(args);
var table = new ResultTable();
var run = System.Diagnostics.Stopwatch.StartNew();
Console.WriteLine($"IndustryPlatform bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; " +
    $"{options.Concurrency} workers, {options.WarmUp.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s per variant");

Console.WriteLine($"6. starting the AppHost (throw-away state) ... (load average {LoadAverage()})");
var loadAtStart = LoadAverage();
await using (var platform = await Platform.StartAsync(TimeSpan.FromMinutes(5)))
{
    table.Note($"Load average (1/5/15 min) when the run started: {loadAtStart}.");
    table.Add(new ResultRow("6. start-up", "AppHost start → every service healthy", "1 start", "-",
        platform.StartUp.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture), "-", "-", ProcessMemory.Describe(Platform.Services)));

    var scenarios = new (string Key, string Title, Func<Platform, BenchOptions, ResultTable, Task> Run)[]
    {
        ("read", "1-2. cached read: direct, gateway, nginx", CachedReadScenario.RunAsync),
        ("paths", "5. read paths", ReadPathsScenario.RunAsync),
        ("events", "3. event pipeline", EventPipelineScenario.RunAsync),
        ("ingest", "4. bulk ingest", BulkIngestScenario.RunAsync),
    };
    foreach (var (key, title, scenario) in scenarios.Where(s => options.Runs(s.Key)))
    {
        Console.WriteLine($"{title} ... (load average {LoadAverage()})");
        try
        {
            await scenario(platform, options, table);
        }
        catch (Exception ex)
        {
            table.Note($"{title}: did not complete: {ex.GetType().Name}: {ex.Message}");
        }
    }

    table.Note($"Load average (1/5/15 min) at the end of the scenarios: {LoadAverage()} — anything far above 2 means other work shared the 2 cores.");
    table.Add(new ResultRow("all", "peak working set per service over the whole run", "-", "-", "-", "-", "-", ProcessMemory.Describe(Platform.Services)));
    Console.WriteLine("Stopping the AppHost ...");
}

Console.WriteLine();
Console.WriteLine($"Results ({run.Elapsed.TotalMinutes:0.0} min in all):");
Console.WriteLine();
Console.WriteLine(table.Text());
Console.WriteLine("Markdown:");
Console.WriteLine();
Console.WriteLine(table.Markdown());
Console.WriteLine("Memory: VmHWM (peak resident set since the process started) read from /proc after each variant; ent/prj/ind/gw = enterprises/projects/indicators/gateway.");

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
