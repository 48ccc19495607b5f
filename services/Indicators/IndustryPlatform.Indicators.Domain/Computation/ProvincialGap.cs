namespace IndustryPlatform.Indicators.Domain.Computation;

/// <summary>高于/低于省均 N 个百分点 — the gap to the provincial figure.</summary>
public static class ProvincialGap
{
    /// <summary>value − province (positive: above); null without a provincial figure.</summary>
    public static decimal? Of(decimal value, decimal? province) => province is { } p ? value - p : null;
}
