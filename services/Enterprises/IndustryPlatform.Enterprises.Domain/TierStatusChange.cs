namespace IndustryPlatform.Enterprises.Domain;

/// <summary>One step of a tier record's history.</summary>
public sealed record TierStatusChange(TierStatus Status, DateTimeOffset At, string Note);
