using IndustryPlatform.Indicators.Domain.Derived;

namespace IndustryPlatform.Indicators.Domain;

/// <summary>指标 — an entry of the catalogue: what is measured, in which unit, how often, and how districts combine.</summary>
public sealed class Indicator
{
    public required string Code { get; init; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    /// <summary>%, 亿元, 个, 家, 亩, 台(套), 元, 万人 …</summary>
    public required string Unit { get; set; }
    public required Frequency Frequency { get; set; }
    public required bool HigherIsBetter { get; set; }
    public required Aggregation Aggregation { get; set; }
    /// <summary>For Ratio: numerator then denominator; for Growth: the level whose growth this is.</summary>
    public List<string> Components { get; set; } = [];
    /// <summary>A year-on-year growth outside [min, max] % needs the sender's confirmation; null: no band.</summary>
    public decimal? PlausibleGrowthMin { get; set; }
    public decimal? PlausibleGrowthMax { get; set; }
    /// <summary>派生 — counted from the registries' records rather than typed in (for the city and its districts); null: typed.</summary>
    public DerivedFigure? Derived { get; set; }
    /// <summary>只有全市数 — the catalogue holds this indicator for the city only: no district has figures of it to compare.</summary>
    public bool CityOnly { get; set; }
    /// <summary>Order in the catalogue and in bulletins (the report's own order).</summary>
    public int Position { get; set; }

    /// <summary>Percentages compare in percentage points (个百分点); levels compare by growth (同比增长).</summary>
    public bool IsPercentage => Unit == "%";
}
