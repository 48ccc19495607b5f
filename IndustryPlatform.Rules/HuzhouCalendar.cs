namespace IndustryPlatform.Rules;

/// <summary>
/// The calendar the bureau works by (Asia/Shanghai, UTC+8, no daylight saving since 1991): "today", "this year" and the
/// start of a day are Huzhou's wherever the server runs.
/// </summary>
public static class HuzhouCalendar
{
    public static readonly TimeZoneInfo TimeZone = FindTimeZone();

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(LocalNow(clock).DateTime);

    public static int CurrentYear(TimeProvider clock) => LocalNow(clock).Year;

    /// <summary>The instant day <paramref name="day"/> begins in Huzhou.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The last instant of day <paramref name="day"/> in Huzhou.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1)).AddTicks(-1);

    /// <summary>Now in UTC, cut to the microsecond as PostgreSQL keeps it, so what a caller is told now equals what it reads later.</summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    private static DateTimeOffset LocalNow(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZone);

    /// <summary>A machine without time-zone data still knows China Standard Time: a fixed UTC+8.</summary>
    private static TimeZoneInfo FindTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
