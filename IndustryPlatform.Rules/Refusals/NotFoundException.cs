namespace IndustryPlatform.Rules;

/// <summary>The thing asked for does not exist → 404 / NOT_FOUND.</summary>
public sealed class NotFoundException(RuleCode rule, string message) : DomainException(rule, message);
