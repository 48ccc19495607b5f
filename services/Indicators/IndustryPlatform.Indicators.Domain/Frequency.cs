namespace IndustryPlatform.Indicators.Domain;

/// <summary>How often an indicator is reported: 月度, 季度, 年度.</summary>
public enum Frequency
{
    Monthly,
    Quarterly,
    Annual,
}
