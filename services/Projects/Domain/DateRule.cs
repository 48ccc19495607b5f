using System.Globalization;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Projects.Domain;

internal static class DateRule
{
    /// <summary>Parses a required yyyy-MM-dd date, or records why not.</summary>
    public static DateOnly? Required(string? value, string field, List<RuleViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add(new(field, RuleCodes.Date.Required, $"{field} is required (yyyy-MM-dd)."));
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            violations.Add(new(field, RuleCodes.Date.Format, $"{field} '{value}' is not a date in the form yyyy-MM-dd."));
            return null;
        }

        return date;
    }

    /// <summary>Today in the city's time zone (UTC+8): a date reached "today" in Huzhou is not in the future.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
}
