namespace IndustryPlatform.Indicators.Domain;

/// <summary>Whether a monthly figure is for the month alone (当月) or the year so far (1–N月累计).</summary>
public enum Basis
{
    Monthly,
    Cumulative,
}
