using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Tests;

public sealed class Project_Withdraw
{
    private readonly FixedClock _clock = FixedClock.At(new DateOnly(2024, 9, 1));

    [Fact]
    public void A_withdrawal_keeps_the_record_with_its_reason_and_leaves_every_list()
    {
        var project = Sample.Register(_clock);

        project.Withdraw(1, "企业战略调整，项目终止", "bureau-desk", _clock);

        Assert.True(project.IsWithdrawn);
        Assert.Equal(2, project.Version);
        Assert.Null(project.NextPlannedOn);
        Assert.Equal(0, project.OverdueDays(new DateOnly(2025, 1, 1)));
        var line = project.History[^1];
        Assert.Equal((ProjectChangeKind.Withdrawn, ProjectStage.Filed, "企业战略调整，项目终止", "bureau-desk"), (line.Kind, line.Stage, line.Reason, line.ChangedBy));
        Assert.Equal(new DateOnly(2024, 9, 1), line.Date);
    }

    [Fact]
    public void A_withdrawal_needs_a_reason_and_the_current_version()
    {
        var project = Sample.Register(_clock);

        var noReason = Assert.Throws<InvalidInputException>(() => project.Withdraw(1, " ", "c", _clock));
        var stale = Assert.Throws<ConcurrencyConflictException>(() => project.Withdraw(7, "终止", "c", _clock));

        Assert.Equal("reason.required", noReason.Violations[0].Rule.Value);
        Assert.Equal("project.version-stale", stale.Rule);
        Assert.False(project.IsWithdrawn);
    }

    [Fact]
    public void A_withdrawn_project_takes_no_further_change()
    {
        var project = Sample.Register(_clock);
        project.Withdraw(1, "终止", "c", _clock);

        var again = Assert.Throws<AlreadyExistsException>(() => project.Withdraw(2, "终止", "c", _clock));
        var advance = Assert.Throws<InvalidInputException>(() => project.Advance(2, ProjectStage.Started, "2024-05-01", "c", _clock));
        var replan = Assert.Throws<InvalidInputException>(() => project.Replan(2, ProjectStage.Started, "2024-12-01", "延后", "c", _clock));

        Assert.Equal("project.withdrawn", again.Rule);
        Assert.Equal("project.withdrawn", advance.Violations[0].Rule.Value);
        Assert.Equal("project.withdrawn", replan.Violations[0].Rule.Value);
        Assert.Equal(2, project.Version);
    }
}
