namespace IndustryPlatform.Rules;

/// <summary>One broken rule: which field (as the .proto names it, e.g. <c>credit_code</c>), which rule, and why in words.</summary>
public sealed record RuleViolation(string Field, RuleCode Rule, string Message);
