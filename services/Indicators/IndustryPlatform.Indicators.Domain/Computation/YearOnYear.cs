namespace IndustryPlatform.Indicators.Domain.Computation;

/// <summary>同比 — comparison with the same period last year.</summary>
public static class YearOnYear
{
    /// <summary>同比增长 (%): null when last year's figure is missing or zero (no base to grow from).</summary>
    public static decimal? Growth(decimal current, decimal? lastYear) =>
        lastYear is { } previous && previous != 0m
            ? Math.Round((current - previous) / Math.Abs(previous) * 100m, 4)
            : null;

    /// <summary>较去年同期增加/下降 N 个百分点 (or 元 for a level): null when last year's figure is missing.</summary>
    public static decimal? Change(decimal current, decimal? lastYear) =>
        lastYear is { } previous ? current - previous : null;
}
