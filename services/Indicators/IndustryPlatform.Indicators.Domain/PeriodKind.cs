namespace IndustryPlatform.Indicators.Domain;

public enum PeriodKind
{
    Month,
    Quarter,
    Year,
}
