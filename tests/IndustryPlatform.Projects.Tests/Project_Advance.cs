using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Tests;

public sealed class Project_Advance
{
    private readonly FixedClock _clock = FixedClock.At(new DateOnly(2026, 12, 31));

    [Fact]
    public void Each_stage_in_turn_up_to_capacity_records_date_version_and_who()
    {
        var project = Sample.Register(_clock);
        var dates = new[] { "2024-05-10", "2025-06-30", "2025-10-01", "2026-03-01", "2026-12-31" };

        for (var i = 0; i < ProjectStages.Planned.Count; i++)
        {
            project.Advance(project.Version, ProjectStages.Planned[i], dates[i], $"client-{i}", _clock);
        }

        Assert.Equal(ProjectStage.AtCapacity, project.Stage);
        Assert.Equal(6, project.Version);
        Assert.Equal(new DateOnly(2026, 3, 1), project.Milestone(ProjectStage.AboveScale).ReachedOn);
        Assert.Equal(6, project.History.Count);
        Assert.Equal("client-4", project.History[^1].ChangedBy);
        Assert.All(project.History.Skip(1), h => Assert.Equal(ProjectChangeKind.Advanced, h.Kind));
    }

    [Fact]
    public void Skipping_a_stage_is_refused()
    {
        var project = Sample.Register(_clock);

        var refused = Assert.Throws<InvalidInputException>(() => project.Advance(1, ProjectStage.Completed, "2024-06-01", "c", _clock));

        Assert.Equal("stage.out-of-order", Assert.Single(refused.Violations).Rule);
        Assert.Equal(ProjectStage.Filed, project.Stage);
        Assert.Equal(1, project.Version);
    }

    [Fact]
    public void Reaching_the_current_stage_again_is_refused()
    {
        var project = Sample.Register(_clock);

        var refused = Assert.Throws<InvalidInputException>(() => project.Advance(1, ProjectStage.Filed, "2024-06-01", "c", _clock));

        Assert.Equal("stage.out-of-order", Assert.Single(refused.Violations).Rule);
    }

    [Fact]
    public void A_date_before_the_previous_stage_is_refused_but_the_same_day_is_allowed()
    {
        var project = Sample.Register(_clock);

        var refused = Assert.Throws<InvalidInputException>(() => project.Advance(1, ProjectStage.Started, "2024-02-29", "c", _clock));
        Assert.Equal(("reached_on", "stage.before-previous-stage"), (refused.Violations[0].Field, refused.Violations[0].Rule));

        project.Advance(1, ProjectStage.Started, "2024-03-01", "c", _clock);
        Assert.Equal(ProjectStage.Started, project.Stage);
    }

    [Fact]
    public void Today_in_Huzhou_is_allowed_and_tomorrow_is_refused()
    {
        // 2024-06-01 00:30 in Huzhou is still 2024-05-31 in UTC.
        var clock = new FixedClock(new DateTimeOffset(2024, 5, 31, 16, 30, 0, TimeSpan.Zero));
        var project = Sample.Register(clock);

        var refused = Assert.Throws<InvalidInputException>(() => project.Advance(1, ProjectStage.Started, "2024-06-02", "c", clock));
        Assert.Equal("date.in-future", Assert.Single(refused.Violations).Rule);

        project.Advance(1, ProjectStage.Started, "2024-06-01", "c", clock);
        Assert.Equal(new DateOnly(2024, 6, 1), project.Milestone(ProjectStage.Started).ReachedOn);
    }

    [Fact]
    public void A_stale_version_is_a_concurrency_conflict()
    {
        var project = Sample.Register(_clock);
        project.Advance(1, ProjectStage.Started, "2024-05-10", "first", _clock);

        var conflict = Assert.Throws<ConcurrencyConflictException>(() => project.Advance(1, ProjectStage.Completed, "2025-06-30", "second", _clock));

        Assert.Equal("project.version-stale", conflict.Rule);
        Assert.Equal(ProjectStage.Started, project.Stage);
    }

    [Fact]
    public void Nothing_follows_capacity()
    {
        var project = Sample.Register(_clock);
        foreach (var stage in ProjectStages.Planned)
        {
            project.Advance(project.Version, stage, "2026-01-01", "c", _clock);
        }

        var refused = Assert.Throws<InvalidInputException>(() => project.Advance(project.Version, ProjectStage.AtCapacity, "2026-02-01", "c", _clock));

        Assert.Equal("project.at-capacity", Assert.Single(refused.Violations).Rule);
    }

    [Fact]
    public void Missing_stage_date_and_version_are_reported_together()
    {
        var project = Sample.Register(_clock);

        var refused = Assert.Throws<InvalidInputException>(() => project.Advance(0, null, "", "c", _clock));

        Assert.Equal(["stage", "reached_on", "expected_version"], refused.Violations.Select(v => v.Field));
    }
}
