using System.Globalization;
using IndustryPlatform.Rules;
using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.Api;

/// <summary>
/// The CSV form of a batch (UTF-8, comma-separated, first line the header):
/// <c>indicator_code,region_code,period,basis,value,unit[,confirmed]</c>. A value that is not a number becomes a row
/// refused by value.required, so the other rows still go through.
/// </summary>
public static class CsvRows
{
    private static readonly string[] Header = ["indicator_code", "region_code", "period", "basis", "value", "unit"];

    public static async Task<IReadOnlyList<SubmittedRow>> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body);
        var header = (await reader.ReadLineAsync(cancellationToken))?.Trim().TrimStart('\uFEFF').Split(',').Select(h => h.Trim()).ToArray();
        if (header is null || header.Length < Header.Length || !header.Take(Header.Length).SequenceEqual(Header))
        {
            throw new InvalidInputException([new RuleViolation("csv", RuleCodes.Csv.Header, $"The first line must be '{string.Join(',', Header)}[,confirmed]'.")]);
        }

        var rows = new List<SubmittedRow>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            string? Cell(int i) => i < cells.Length && cells[i].Length > 0 ? cells[i] : null;
            var value = decimal.TryParse(Cell(4), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null;
            var confirmed = bool.TryParse(Cell(6), out var c) && c;
            rows.Add(new SubmittedRow(Cell(0), Cell(1), Cell(2), Cell(3), value, Cell(5), confirmed));
        }

        return rows;
    }
}
