namespace IndustryPlatform.Rules;

/// <summary>Someone else changed the data first (stale version) → 409 / ABORTED; the client re-reads and retries.</summary>
public sealed class ConcurrencyConflictException(RuleCode rule, string message) : DomainException(rule, message);
