namespace IndustryPlatform.Rules;

/// <summary>No valid access token reached code that needs to know the caller → 401 / UNAUTHENTICATED.</summary>
public sealed class UnauthenticatedException()
    : DomainException(RuleCodes.Token.Missing, "A valid bearer access token is required: get one from the gateway's /connect/token.");
