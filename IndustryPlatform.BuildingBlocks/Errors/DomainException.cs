namespace IndustryPlatform.BuildingBlocks.Errors;

/// <summary>A domain rule refused the request. Mapped to a 4xx ProblemDetails and a gRPC status; never a 500.</summary>
public abstract class DomainException(string rule, string message) : Exception(message)
{
    /// <summary>The rule that refused, e.g. "credit-code-format"; becomes the problem type and the gRPC ErrorInfo reason.</summary>
    public string Rule { get; } = rule;
}
