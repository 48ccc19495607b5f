using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Tests;

/// <summary>
/// Who is on which list, with the same expressions the database runs. The sample plans: start 2024-05-01,
/// completion 2025-06-30, production 2025-09-30, above scale 2026-03-31, capacity 2026-12-31.
/// </summary>
public sealed class ProjectLists_Membership
{
    private static readonly FixedClock Clock = FixedClock.At(new DateOnly(2027, 1, 1));

    private static bool On(System.Linq.Expressions.Expression<Func<Project, bool>> list, Project project) => list.Compile()(project);

    private static Project At(ProjectStage stage, string district = "changxing")
    {
        var project = Project.Register(Guid.NewGuid(), Sample.Details() with { DistrictCode = district }, Sample.Reference, "c", Clock);
        var dates = new[] { "2024-05-01", "2025-06-30", "2025-09-30", "2026-03-31", "2026-12-31" };
        foreach (var (planned, date) in ProjectStages.Planned.Zip(dates).Where(p => p.First <= stage))
        {
            project.Advance(project.Version, planned, date, "c", Clock);
        }

        return project;
    }

    [Theory]
    [InlineData("2024-05-01", "2024-05-31", true)]
    [InlineData("2024-04-01", "2024-05-01", true)]
    [InlineData("2024-04-01", "2024-04-30", false)]
    [InlineData("2024-05-02", "2024-12-31", false)]
    public void To_start_holds_filed_projects_whose_start_is_planned_in_the_period(string from, string to, bool listed)
    {
        var list = ProjectLists.DuePeriod(ProjectListKind.ToStart, DateOnly.Parse(from), DateOnly.Parse(to));

        Assert.Equal(listed, On(list, At(ProjectStage.Filed)));
        Assert.False(On(list, At(ProjectStage.Started)));
    }

    [Fact]
    public void To_complete_holds_started_projects_whose_completion_is_planned_in_the_period()
    {
        var list = ProjectLists.DuePeriod(ProjectListKind.ToComplete, new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30));

        Assert.True(On(list, At(ProjectStage.Started)));
        Assert.False(On(list, At(ProjectStage.Filed)));
        Assert.False(On(list, At(ProjectStage.Completed)));
    }

    [Fact]
    public void To_reach_scale_holds_projects_in_production_whose_above_scale_is_planned_in_the_period()
    {
        var list = ProjectLists.DuePeriod(ProjectListKind.ToReachScale, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

        Assert.True(On(list, At(ProjectStage.InProduction)));
        Assert.False(On(list, At(ProjectStage.Completed)));
        Assert.False(On(list, At(ProjectStage.AboveScale)));
    }

    [Fact]
    public void Stuck_holds_projects_whose_next_stage_is_past_its_plan_but_not_on_the_planned_day_itself()
    {
        var filed = At(ProjectStage.Filed);

        Assert.False(On(ProjectLists.Stuck(new DateOnly(2024, 5, 1), null), filed));
        Assert.True(On(ProjectLists.Stuck(new DateOnly(2024, 5, 2), null), filed));
        Assert.False(On(ProjectLists.Stuck(new DateOnly(2030, 1, 1), null), At(ProjectStage.AtCapacity)));
    }

    [Fact]
    public void Stuck_can_be_narrowed_to_one_of_the_five_not_yets()
    {
        var today = new DateOnly(2026, 1, 1);
        var notStarted = At(ProjectStage.Filed);
        var notCompleted = At(ProjectStage.Started);

        Assert.True(On(ProjectLists.Stuck(today, ProjectStage.Started), notStarted));
        Assert.False(On(ProjectLists.Stuck(today, ProjectStage.Started), notCompleted));
        Assert.True(On(ProjectLists.Stuck(today, ProjectStage.Completed), notCompleted));
    }

    [Fact]
    public void District_and_chain_filters_narrow_any_list()
    {
        var anji = At(ProjectStage.Filed, district: "anji");

        Assert.True(On(ProjectLists.In(null, null), anji));
        Assert.True(On(ProjectLists.In("anji", "nev"), anji));
        Assert.False(On(ProjectLists.In("wuxing", null), anji));
        Assert.False(On(ProjectLists.In(null, "semiconductor"), anji));
    }
}
