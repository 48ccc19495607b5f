namespace IndustryPlatform.Enterprises.Tests;

/// <summary>A clock that shows what the test sets and moves only when told.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
