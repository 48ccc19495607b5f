using System.Globalization;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>"As known on date D": the end of day D in the bureau's calendar (UTC+8); empty means the latest.</summary>
public static class AsOfDate
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (IsoDate.TryParse(text, out var day))
        {
            return HuzhouCalendar.EndOf(day);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.ToUniversalTime();
        }

        throw new InvalidInputException([new RuleViolation("as_of", RuleCodes.AsOf.Invalid, $"'{text}' is neither a date (yyyy-MM-dd) nor an ISO 8601 instant.")]);
    }
}
