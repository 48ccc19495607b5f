namespace IndustryPlatform.Projects.Tests;

/// <summary>A clock that shows what the test sets and moves only when told.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    /// <summary>Noon in Huzhou (UTC+8) on <paramref name="date"/>.</summary>
    public static FixedClock At(DateOnly date) => new(new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).ToUniversalTime());
}
