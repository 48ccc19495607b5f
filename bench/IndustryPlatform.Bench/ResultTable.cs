using System.Globalization;
using System.Text;

namespace IndustryPlatform.Bench;

/// <summary>One line of the results: a scenario's variant with its count, rate, latency percentiles and memory.</summary>
public sealed record ResultRow(string Scenario, string Variant, string Count, string PerSecond, string P50, string P95, string P99, string PeakMb)
{
    public static ResultRow FromLoad(string scenario, string variant, LoadResult result, string peakMb, string unit = "req") => new(
        scenario, variant,
        $"{result.Requests.ToString(CultureInfo.InvariantCulture)} {unit}" + (result.Failures > 0 ? $" ({result.Failures} failed)" : ""),
        Number(result.PerSecond), Ms(result.Latencies.Percentile(50)), Ms(result.Latencies.Percentile(95)), Ms(result.Latencies.Percentile(99)), peakMb);

    public static string Number(double value) => double.IsNaN(value) ? "-" : value.ToString(value >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);

    public static string Ms(double value) => double.IsNaN(value) ? "-" : value.ToString(value >= 100 ? "0" : "0.00", CultureInfo.InvariantCulture);
}

/// <summary>The table, printed as aligned text while the run goes and as markdown at the end.</summary>
public sealed class ResultTable
{
    private static readonly string[] Headers = ["Scenario", "Variant", "Requests / events", "Throughput /s", "p50 ms", "p95 ms", "p99 ms", "Peak working set MB"];

    private readonly List<ResultRow> _rows = [];
    private readonly List<string> _notes = [];

    public void Add(ResultRow row)
    {
        _rows.Add(row);
        Console.WriteLine($"  -> {row.Scenario} | {row.Variant} | {row.Count} | {row.PerSecond}/s | p50 {row.P50} | p95 {row.P95} | p99 {row.P99} | {row.PeakMb}");
    }

    public void Note(string note)
    {
        _notes.Add(note);
        Console.WriteLine($"  -> {note}");
    }

    private static string[] Cells(ResultRow r) => [r.Scenario, r.Variant, r.Count, r.PerSecond, r.P50, r.P95, r.P99, r.PeakMb];

    public string Text()
    {
        var cells = _rows.Select(Cells).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(i => cells.Max(c => c[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var (line, index) in cells.Select((c, i) => (c, i)))
        {
            text.AppendLine(string.Join("  ", line.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
            if (index == 0)
            {
                text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }

        return text.ToString();
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", Headers) + " |");
        text.AppendLine("|" + string.Join("|", Headers.Select((_, i) => i is >= 2 and <= 6 ? "---:" : "---")) + "|");
        foreach (var row in _rows)
        {
            text.AppendLine("| " + string.Join(" | ", Cells(row).Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
        }

        if (_notes.Count > 0)
        {
            text.AppendLine();
            foreach (var note in _notes)
            {
                text.AppendLine("- " + note);
            }
        }

        return text.ToString();
    }
}
