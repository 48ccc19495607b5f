namespace IndustryPlatform.Gateway.Limits;

public sealed record RateDecision(bool Allowed, int Limit, int Remaining, TimeSpan ResetAfter)
{
    public static RateDecision Uncounted(int limit) => new(true, limit, limit, TimeSpan.Zero);

    /// <summary>Whole seconds, at least one: what Retry-After says.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(ResetAfter.TotalSeconds));
}
