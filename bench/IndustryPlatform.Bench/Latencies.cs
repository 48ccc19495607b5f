namespace IndustryPlatform.Bench;

/// <summary>Recorded latencies (Stopwatch ticks) and exact percentiles over them: every sample is kept, then sorted.</summary>
public sealed class Latencies
{
    private readonly List<long> _ticks = [];

    public int Count => _ticks.Count;

    public void Add(long ticks) => _ticks.Add(ticks);

    public void AddMilliseconds(double ms) => _ticks.Add((long)(ms * System.Diagnostics.Stopwatch.Frequency / 1000.0));

    public static Latencies Merge(IEnumerable<Latencies> parts)
    {
        var all = new Latencies();
        foreach (var part in parts)
        {
            all._ticks.AddRange(part._ticks);
        }

        return all;
    }

    /// <summary>Nearest-rank percentile in milliseconds; NaN when nothing was recorded.</summary>
    public double Percentile(double p)
    {
        if (_ticks.Count == 0)
        {
            return double.NaN;
        }

        _ticks.Sort();
        var rank = (int)Math.Ceiling(p / 100.0 * _ticks.Count) - 1;
        return _ticks[Math.Clamp(rank, 0, _ticks.Count - 1)] * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
    }
}
