using System.Globalization;

namespace IndustryPlatform.Bench;

/// <summary>Command-line settings: --duration 10 --warmup 3 --concurrency 16 --events 1000 --rate 1000 --rows 100000 --only read,events,...</summary>
/// <param name="Events">Scenario 3: projects registered through the gateway (the relay half).</param>
/// <param name="Rate">Scenario 3: facts/s published straight to the broker (the consumer half), for <paramref name="Duration"/>.</param>
public sealed record BenchOptions(TimeSpan Duration, TimeSpan WarmUp, int Concurrency, int Events, int Rate, int Rows, IReadOnlySet<string>? Only)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        return new BenchOptions(
            TimeSpan.FromSeconds(Int("duration", 10)),
            TimeSpan.FromSeconds(Int("warmup", 3)),
            Int("concurrency", 16),
            Int("events", 1000),
            Int("rate", 1000),
            Int("rows", 100_000),
            Value("only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    public bool Runs(string scenario) => Only is null || Only.Contains(scenario);
}
