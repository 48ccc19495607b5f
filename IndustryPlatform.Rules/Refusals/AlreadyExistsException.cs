namespace IndustryPlatform.Rules;

/// <summary>The thing to create exists already → 409 / ALREADY_EXISTS.</summary>
public sealed class AlreadyExistsException(RuleCode rule, string message) : DomainException(rule, message);
