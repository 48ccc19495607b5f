namespace IndustryPlatform.Indicators.Domain;

/// <summary>What a vintage is a version of: one indicator, region, period and basis.</summary>
public readonly record struct SeriesKey(string IndicatorCode, string RegionCode, Period Period, Basis Basis);
