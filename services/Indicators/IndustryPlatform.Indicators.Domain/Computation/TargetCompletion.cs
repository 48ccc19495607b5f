namespace IndustryPlatform.Indicators.Domain.Computation;

/// <summary>完成年度计划的 N% — actual ÷ annual plan.</summary>
public static class TargetCompletion
{
    /// <summary>100 × actual ÷ plan; null when there is no plan or it is zero.</summary>
    public static decimal? Of(decimal actual, decimal? plan) =>
        plan is { } p && p != 0m ? Math.Round(actual / p * 100m, 4) : null;
}
