namespace IndustryPlatform.Indicators.Domain.Derived;

/// <summary>What is added up over the records counted.</summary>
public enum Measure
{
    /// <summary>个 / 家 — one per record.</summary>
    Count,
    /// <summary>亿元 — the projects' total investment (总投资).</summary>
    TotalInvestment,
}
