using IndustryPlatform.Rules;

namespace IndustryPlatform.Projects.Domain;

/// <summary>A change that must say why (a re-plan, a withdrawal): the reason is kept in the project's history.</summary>
public static class ReasonRule
{
    /// <summary>The trimmed reason, or null with the broken rule added to <paramref name="violations"/>.</summary>
    /// <param name="change">The change in words, for the message, e.g. "A re-plan".</param>
    public static string? Required(string? reason, string change, int maxLength, List<RuleViolation> violations)
    {
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why))
        {
            violations.Add(new("reason", RuleCodes.Reason.Required, $"{change} needs a reason; it is kept in the history."));
            return null;
        }

        if (why.Length > maxLength)
        {
            violations.Add(new("reason", RuleCodes.Reason.TooLong, $"The reason is longer than {maxLength} characters."));
        }

        return why;
    }
}
