using System.Globalization;

namespace IndustryPlatform.Cockpit.Reporting;

/// <summary>
/// A month of figures as a district sends them: a CSV file, or cells pasted from a spreadsheet (tab-separated). Read
/// into rows the cockpit can show and check before sending; sent on as the API's CSV
/// (<c>indicator_code,region_code,period,basis,value,unit[,confirmed]</c>).
/// </summary>
public static class CsvSubmission
{
    public static readonly string[] Header = ["indicator_code", "region_code", "period", "basis", "value", "unit"];

    public sealed record Row(int Line, string Indicator, string Region, string Period, string Basis, string Value, string Unit, bool Confirmed)
    {
        public bool ValueIsNumber => decimal.TryParse(Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

        /// <summary>What is visibly wrong before sending (the API decides the rest, by its rules).</summary>
        public string? LocalRule => ValueIsNumber ? null : "value.required";
    }

    public sealed record Reading(IReadOnlyList<Row> Rows, string? HeaderRule);

    public static Reading Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var first = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (first < 0)
        {
            return new Reading([], null);
        }

        var separator = lines[first].Contains('\t') ? '\t' : ',';
        var header = Cells(lines[first].TrimStart('\uFEFF'), separator);
        if (header.Length < Header.Length || !header.Take(Header.Length).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            return new Reading([], "csv.header");
        }

        var rows = new List<Row>();
        for (var i = first + 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = Cells(lines[i], separator);
            string Cell(int n) => n < cells.Length ? cells[n] : "";
            rows.Add(new Row(i + 1, Cell(0), Cell(1), Cell(2), Cell(3), Cell(4).Replace(",", "", StringComparison.Ordinal), Cell(5),
                bool.TryParse(Cell(6), out var confirmed) && confirmed));
        }

        return new Reading(rows, null);
    }

    /// <summary>The rows as the API's CSV, in batches of <paramref name="batchSize"/> so a long file shows progress.</summary>
    public static IEnumerable<(int Offset, string Csv)> Batches(IReadOnlyList<Row> rows, int batchSize = 500)
    {
        for (var offset = 0; offset < rows.Count; offset += batchSize)
        {
            var lines = rows.Skip(offset).Take(batchSize)
                .Select(r => string.Join(',', r.Indicator, r.Region, r.Period, r.Basis, r.Value, r.Unit, r.Confirmed ? "true" : "false"));
            yield return (offset, string.Join('\n', [string.Join(',', Header) + ",confirmed", .. lines]) + "\n");
        }
    }

    /// <summary>Cells of one line; a quoted cell may hold the separator (a spreadsheet's "1,200.5").</summary>
    private static string[] Cells(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return [.. cells];
    }
}
