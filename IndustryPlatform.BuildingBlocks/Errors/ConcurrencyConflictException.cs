namespace IndustryPlatform.BuildingBlocks.Errors;

/// <summary>Someone else changed the data first (stale version) → 409 / ABORTED; the client re-reads and retries.</summary>
public sealed class ConcurrencyConflictException(string rule, string message) : DomainException(rule, message);
