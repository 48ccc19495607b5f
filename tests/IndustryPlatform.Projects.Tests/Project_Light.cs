using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Tests;

/// <summary>亮灯 at its boundaries: thresholds yellow 15, red 60 days past the next stage's plan (start planned 2024-05-01).</summary>
public sealed class Project_Light
{
    private static readonly WarningThresholds Thresholds = new(YellowAfterDays: 15, RedAfterDays: 60);
    private static readonly DateOnly PlannedStart = new(2024, 5, 1);

    [Theory]
    [InlineData(-10, 0, ProjectLight.Green)]
    [InlineData(0, 0, ProjectLight.Green)]
    [InlineData(14, 14, ProjectLight.Green)]
    [InlineData(15, 15, ProjectLight.Yellow)]
    [InlineData(59, 59, ProjectLight.Yellow)]
    [InlineData(60, 60, ProjectLight.Red)]
    [InlineData(400, 400, ProjectLight.Red)]
    public void The_light_follows_days_past_the_plan(int daysAfterPlan, int expectedOverdue, ProjectLight expected)
    {
        var clock = FixedClock.At(new DateOnly(2024, 4, 1));
        var project = Sample.Register(clock);

        project.ReassessLight(PlannedStart.AddDays(daysAfterPlan), Thresholds);

        Assert.Equal(expected, project.Light);
        Assert.Equal(expectedOverdue, project.DaysOverdue);
    }

    [Fact]
    public void A_change_of_light_is_reported_and_the_same_light_again_is_not()
    {
        var clock = FixedClock.At(new DateOnly(2024, 4, 1));
        var project = Sample.Register(clock);

        Assert.False(project.ReassessLight(PlannedStart.AddDays(14), Thresholds));
        Assert.True(project.ReassessLight(PlannedStart.AddDays(15), Thresholds));
        Assert.False(project.ReassessLight(PlannedStart.AddDays(16), Thresholds));
        Assert.True(project.ReassessLight(PlannedStart.AddDays(60), Thresholds));
        Assert.Equal(1, project.Version);
    }

    [Fact]
    public void Reaching_the_overdue_stage_judges_the_next_one_instead()
    {
        var clock = FixedClock.At(new DateOnly(2024, 8, 1));
        var project = Sample.Register(clock);
        project.ReassessLight(new DateOnly(2024, 8, 1), Thresholds);
        Assert.Equal(ProjectLight.Red, project.Light);

        project.Advance(1, ProjectStage.Started, "2024-08-01", "c", clock);
        project.ReassessLight(new DateOnly(2024, 8, 1), Thresholds);

        Assert.Equal(ProjectLight.Green, project.Light);
        Assert.Equal(0, project.DaysOverdue);
    }

    [Fact]
    public void A_project_at_capacity_is_never_overdue()
    {
        var clock = FixedClock.At(new DateOnly(2027, 1, 1));
        var project = Sample.Register(clock);
        foreach (var stage in ProjectStages.Planned)
        {
            project.Advance(project.Version, stage, "2026-12-31", "c", clock);
        }

        project.ReassessLight(new DateOnly(2030, 1, 1), Thresholds);

        Assert.Equal(ProjectLight.Green, project.Light);
        Assert.Equal(0, project.DaysOverdue);
    }
}
