namespace IndustryPlatform.BuildingBlocks.Errors;

/// <summary>One broken rule: which field, which rule (a stable kebab-case key clients can switch on), and why in words.</summary>
public sealed record RuleViolation(string Field, string Rule, string Message);
