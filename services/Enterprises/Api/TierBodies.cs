namespace IndustryPlatform.Enterprises.Api;

public sealed record ProposeCandidateBody(string? CreditCode, string? TierCode, int? Year, string? ProposedBy);

/// <param name="CertifiedOn">yyyy-MM-dd; today when absent.</param>
public sealed record CertifyBody(string? CreditCode, string? TierCode, int? Year, string? CertifiedOn = null);

public sealed record RevokeBody(string? CreditCode, string? TierCode, int? Year, string? Reason);

public sealed record CandidateRunBody(int? Year);
