using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>
/// A list answers JSON unless <c>format=csv</c> asks for CSV. A query parameter rather than the Accept header, so that a
/// link in a browser or a spreadsheet downloads the file as it is.
/// </summary>
public static class ListFormat
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static bool IsCsv(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "json" => false,
        "csv" => true,
        _ => throw new InvalidInputException([new("format", RuleCodes.Format.Unknown, $"'{format}' is not a list format: json (the default) or csv.")]),
    };
}
