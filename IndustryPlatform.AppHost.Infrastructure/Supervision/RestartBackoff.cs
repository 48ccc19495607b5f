namespace IndustryPlatform.AppHost.Infrastructure.Supervision;

/// <summary>
/// How long to wait before the next restart: 1 s, doubling to at most 30 s while a process keeps dying; back to 1 s
/// once it has stayed healthy for a minute.
/// </summary>
public sealed class RestartBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan HealthyLongEnough = TimeSpan.FromMinutes(1);

    private int _attempt;

    /// <param name="healthyFor">How long the process had been healthy when it died (zero if it never became so).</param>
    public TimeSpan Next(TimeSpan healthyFor)
    {
        if (healthyFor >= HealthyLongEnough)
        {
            _attempt = 0;
        }

        var delay = TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks << Math.Min(_attempt, 16)));
        _attempt++;
        return delay;
    }
}
