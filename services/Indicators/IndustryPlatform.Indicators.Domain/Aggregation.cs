namespace IndustryPlatform.Indicators.Domain;

/// <summary>How the districts' values make the city's value. A growth rate or a share is never summed.</summary>
public enum Aggregation
{
    /// <summary>The city value is the sum of the districts' values (亿元, 个, 家 …).</summary>
    Sum,
    /// <summary>Recomputed: 100 × Σ first component ÷ Σ second component (shares 比重, rates 产值率, 每百元成本).</summary>
    Ratio,
    /// <summary>Recomputed: year-on-year growth (%) of the summed level of the single component.</summary>
    Growth,
    /// <summary>Reported for the city only (e.g. 工业对GDP增长的贡献率); districts do not combine into it.</summary>
    None,
}
