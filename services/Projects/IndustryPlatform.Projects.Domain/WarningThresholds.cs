
namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// 亮灯 thresholds: a project whose next stage is at least <see cref="YellowAfterDays"/> days past its planned date is
/// yellow, at least <see cref="RedAfterDays"/> days red. Seed data (seeds/project-warning-thresholds.json), not code.
/// </summary>
public sealed record WarningThresholds(int YellowAfterDays, int RedAfterDays)
{
    public ProjectLight LightFor(int daysOverdue) =>
        daysOverdue >= RedAfterDays ? ProjectLight.Red
        : daysOverdue >= YellowAfterDays ? ProjectLight.Yellow
        : ProjectLight.Green;
}
