using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Tests;

public sealed class Project_Replan
{
    private readonly FixedClock _clock = FixedClock.At(new DateOnly(2024, 7, 1));

    [Fact]
    public void A_replan_moves_the_date_and_keeps_the_old_one_and_the_reason_in_the_history()
    {
        var project = Sample.Register(_clock);

        project.Replan(1, ProjectStage.Started, "2024-09-01", "土地指标延后", "county-system", _clock);

        Assert.Equal(new DateOnly(2024, 9, 1), project.Milestone(ProjectStage.Started).PlannedOn);
        Assert.Equal(2, project.Version);
        var line = project.History[^1];
        Assert.Equal(ProjectChangeKind.Replanned, line.Kind);
        Assert.Equal(new DateOnly(2024, 5, 1), line.PreviousDate);
        Assert.Equal("土地指标延后", line.Reason);
        Assert.Equal("county-system", line.ChangedBy);
    }

    [Fact]
    public void A_replan_without_a_reason_is_refused()
    {
        var project = Sample.Register(_clock);

        var refused = Assert.Throws<InvalidInputException>(() => project.Replan(1, ProjectStage.Started, "2024-09-01", "  ", "c", _clock));

        Assert.Equal(("reason", "reason.required"), (refused.Violations[0].Field, refused.Violations[0].Rule));
    }

    [Fact]
    public void A_stage_already_reached_cannot_be_replanned()
    {
        var project = Sample.Register(_clock);
        project.Advance(1, ProjectStage.Started, "2024-05-10", "c", _clock);

        var refused = Assert.Throws<InvalidInputException>(() => project.Replan(2, ProjectStage.Started, "2024-09-01", "late", "c", _clock));

        Assert.Equal("stage.already-reached", Assert.Single(refused.Violations).Rule);
    }

    [Fact]
    public void A_plan_before_the_current_stage_date_is_refused()
    {
        var project = Sample.Register(_clock);

        var refused = Assert.Throws<InvalidInputException>(() => project.Replan(1, ProjectStage.Completed, "2024-02-01", "why", "c", _clock));

        Assert.Equal("plan.before-current-stage", Assert.Single(refused.Violations).Rule);
    }

    [Fact]
    public void Filing_cannot_be_replanned_and_a_stale_version_conflicts()
    {
        var project = Sample.Register(_clock);

        var refused = Assert.Throws<InvalidInputException>(() => project.Replan(1, ProjectStage.Filed, "2024-09-01", "why", "c", _clock));
        Assert.Equal("stage.unknown", Assert.Single(refused.Violations).Rule);

        Assert.Throws<ConcurrencyConflictException>(() => project.Replan(7, ProjectStage.Started, "2024-09-01", "why", "c", _clock));
    }
}
