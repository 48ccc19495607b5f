namespace IndustryPlatform.Indicators.Domain.Plan;

/// <summary>
/// 亮灯标准 — a year's thresholds of the lights: how many points behind the year's pace an indicator may be and still be
/// yellow rather than red, and how many days past its planned date a project's next stage turns it yellow, then red.
/// A year the city has not set has <see cref="Default"/>.
/// </summary>
public sealed class LightThresholds
{
    public const decimal DefaultIndicatorYellowTolerance = 10m;
    public const int DefaultProjectYellowAfterDays = 15;
    public const int DefaultProjectRedAfterDays = 60;

    public required int Year { get; init; }
    /// <summary>Percentage points behind pace (时序进度) that are still yellow.</summary>
    public required decimal IndicatorYellowTolerance { get; set; }
    public required int ProjectYellowAfterDays { get; set; }
    public required int ProjectRedAfterDays { get; set; }
    /// <summary>0 for the defaults of a year never set; 1 for the first values, one more for each change.</summary>
    public int Version { get; set; } = 1;

    public static LightThresholds Default(int year) => new()
    {
        Year = year, IndicatorYellowTolerance = DefaultIndicatorYellowTolerance,
        ProjectYellowAfterDays = DefaultProjectYellowAfterDays, ProjectRedAfterDays = DefaultProjectRedAfterDays, Version = 0,
    };

    public void Change(ThresholdsSetting setting)
    {
        IndicatorYellowTolerance = setting.IndicatorYellowTolerance;
        ProjectYellowAfterDays = setting.ProjectYellowAfterDays;
        ProjectRedAfterDays = setting.ProjectRedAfterDays;
        Version++;
    }
}
