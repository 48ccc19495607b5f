namespace IndustryPlatform.Enterprises.Api;

/// <param name="Level">none, 1.0 or 2.0.</param>
/// <param name="ReachedOn">yyyy-MM-dd, not in the future.</param>
public sealed record DigitalLevelBody(string? Level, string? ReachedOn, string? Evidence);
