namespace IndustryPlatform.Indicators.Domain.Computation;

/// <summary>亮灯 — progress against the plan's pace (时序进度).</summary>
public enum Light
{
    /// <summary>绿 — at or ahead of pace.</summary>
    Green,
    /// <summary>黄 — behind pace by less than the tolerance.</summary>
    Yellow,
    /// <summary>红 — behind pace by the tolerance or more.</summary>
    Red,
}

public static class TrafficLight
{
    /// <summary>Percentage points behind pace that still count as yellow rather than red, where the plan sets none for the year.</summary>
    public const decimal YellowTolerance = Plan.LightThresholds.DefaultIndicatorYellowTolerance;

    /// <summary>
    /// Completion (% of the annual plan) against the share of the year elapsed (%): green at or above pace, yellow within
    /// <paramref name="yellowTolerance"/> points below (the year's, from the plan), red further below. For an indicator
    /// where lower is better (e.g. 每百元营业收入成本) the plan is a ceiling: green while at or under it.
    /// </summary>
    public static Light Against(decimal completionPercent, decimal yearElapsedPercent, bool higherIsBetter = true, decimal yellowTolerance = YellowTolerance)
    {
        var behind = higherIsBetter ? yearElapsedPercent - completionPercent : completionPercent - 100m;
        return behind <= 0m ? Light.Green : behind < yellowTolerance ? Light.Yellow : Light.Red;
    }
}
