namespace IndustryPlatform.Enterprises.Api;

public sealed record DeactivationBody(int? ExpectedVersion, string? Reason);
