namespace IndustryPlatform.Rules;

/// <summary>A domain rule refused the request. Mapped to a 4xx ProblemDetails and a gRPC status; never a 500.</summary>
public abstract class DomainException(RuleCode rule, string message) : Exception(message)
{
    /// <summary>The rule that refused; becomes the problem's <c>rule</c> and <c>type</c> and the gRPC ErrorInfo reason.</summary>
    public RuleCode Rule { get; } = rule;
}
