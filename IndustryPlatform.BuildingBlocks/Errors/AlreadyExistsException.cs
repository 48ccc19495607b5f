namespace IndustryPlatform.BuildingBlocks.Errors;

/// <summary>The thing to create exists already → 409 / ALREADY_EXISTS.</summary>
public sealed class AlreadyExistsException(string rule, string message) : DomainException(rule, message);
