using System.Globalization;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Projects.Domain;

public static class DateRule
{
    /// <summary>Parses a required yyyy-MM-dd date, or records why not.</summary>
    public static DateOnly? Required(string? value, string field, List<RuleViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add(new(field, RuleCodes.Date.Required, $"{field} is required (yyyy-MM-dd)."));
            return null;
        }

        if (!IsoDate.TryParse(value, out var date))
        {
            violations.Add(new(field, RuleCodes.Date.Format, $"{field} '{value}' is not a date in the form yyyy-MM-dd."));
            return null;
        }

        return date;
    }

}
