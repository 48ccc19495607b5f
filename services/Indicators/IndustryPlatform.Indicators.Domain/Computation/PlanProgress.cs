namespace IndustryPlatform.Indicators.Domain.Computation;

/// <summary>完成年度计划的 N% 及亮灯 — a figure against its region's annual plan, as the indicator card and the district comparison show it.</summary>
public static class PlanProgress
{
    /// <summary>
    /// Completion of the plan and the light against the share of the year elapsed, yellow within the year's tolerance; both null without a plan. A percentage
    /// gets no light: its plan is a level to reach, not an amount to accumulate over the year.
    /// </summary>
    public static (decimal? CompletionPercent, Light? Light) Of(Indicator indicator, Period period, decimal actual, decimal? annualTarget, decimal yellowTolerance)
    {
        var completion = TargetCompletion.Of(actual, annualTarget);
        Light? light = completion is { } c && !indicator.IsPercentage
            ? TrafficLight.Against(c, period.YearElapsed * 100m, indicator.HigherIsBetter, yellowTolerance)
            : null;
        return (completion, light);
    }
}
