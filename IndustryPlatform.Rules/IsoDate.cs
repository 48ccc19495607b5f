using System.Globalization;

namespace IndustryPlatform.Rules;

/// <summary>Dates as the platform writes them everywhere, in JSON, gRPC and files: ISO 8601 <c>yyyy-MM-dd</c>.</summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Null when blank; otherwise the date, or a refusal (<c>date.format</c>) naming <paramref name="field"/>.</summary>
    public static DateOnly? Optional(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return TryParse(text, out var date)
            ? date
            : throw new InvalidInputException(field, RuleCodes.Date.Format, $"'{text}' is not a date in the form {Format}.");
    }

    public static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Empty for no date, as proto3 strings say "not given".</summary>
    public static string Write(DateOnly? date) => date is { } d ? Write(d) : string.Empty;
}
