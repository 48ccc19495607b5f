namespace IndustryPlatform.Rules;

/// <summary>The request breaks one or more input rules → 400 / INVALID_ARGUMENT, naming each field and rule.</summary>
public sealed class InvalidInputException : DomainException
{
    public InvalidInputException(IReadOnlyList<RuleViolation> violations)
        : base(RuleOf(violations), MessageOf(violations))
    {
        Violations = violations;
    }

    public InvalidInputException(string field, RuleCode rule, string message)
        : this([new RuleViolation(field, rule, message)])
    {
    }

    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Refuses with every violation at once, or does nothing when there is none.</summary>
    public static void ThrowIfAny(IReadOnlyList<RuleViolation> violations)
    {
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }
    }

    private static RuleCode RuleOf(IReadOnlyList<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Count == 0)
        {
            throw new ArgumentException("An invalid input names at least one violated rule.", nameof(violations));
        }

        return violations.Count == 1 ? violations[0].Rule : RuleCodes.Input.Invalid;
    }

    private static string MessageOf(IReadOnlyList<RuleViolation> violations) =>
        violations.Count == 1 ? violations[0].Message : string.Join(" ", violations.Select(v => v.Message));
}
