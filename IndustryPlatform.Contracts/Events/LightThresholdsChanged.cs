namespace IndustryPlatform.Contracts.Events;

/// <summary>
/// 亮灯标准调整 — the city set a year's light thresholds (Indicators keeps the plan): the indicators' yellow tolerance
/// (points behind pace) and the days past a project stage's planned date that turn the project yellow, then red. A
/// copy keeps the highest <see cref="Version"/> it has seen for the year.
/// </summary>
public sealed record LightThresholdsChanged(
    int Year,
    decimal IndicatorYellowTolerance,
    int ProjectYellowAfterDays,
    int ProjectRedAfterDays,
    int Version,
    string SetBy,
    DateTimeOffset SetAt);
