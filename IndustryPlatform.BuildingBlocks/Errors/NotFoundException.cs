namespace IndustryPlatform.BuildingBlocks.Errors;

/// <summary>The thing asked for does not exist → 404 / NOT_FOUND.</summary>
public sealed class NotFoundException(string rule, string message) : DomainException(rule, message);
