namespace IndustryPlatform.Rules;

/// <summary>The caller is known but may not do this (another district's data, a role it lacks) → 403 / PERMISSION_DENIED.</summary>
public sealed class ForbiddenException(RuleCode rule, string message) : DomainException(rule, message);
