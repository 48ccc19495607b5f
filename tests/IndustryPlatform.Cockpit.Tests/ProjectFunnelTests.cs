using IndustryPlatform.Cockpit.Gateway;
using IndustryPlatform.Cockpit.Reporting;

namespace IndustryPlatform.Cockpit.Tests;

public sealed class ProjectFunnelTests
{
    private static StageFigures Count(int n) => new(n, n * 2m, null, null);

    [Fact]
    public void The_funnel_goes_filed_started_completed_in_production_with_each_share_of_the_step_before()
    {
        var row = new StatisticsRow("huzhou", "湖州市", "Huzhou", Count(85), Count(84), Count(65), Count(0), new StartRate(97, 83, 85.6m));

        var steps = ProjectFunnel.Of(row);

        Assert.Equal(["备案", "开工", "竣工", "投产"], steps.Select(s => s.Zh));
        Assert.Equal([85, 84, 65, 0], steps.Select(s => s.Count));
        Assert.Equal([null, 98.8m, 77.4m, 0m], steps.Select(s => s.ShareOfPrevious));
    }

    [Fact]
    public void After_an_empty_step_there_is_no_share() =>
        Assert.Null(ProjectFunnel.Of(new StatisticsRow("x", "x", "x", Count(0), Count(0), Count(0), Count(0), new StartRate(0, 0, null)))[1].ShareOfPrevious);

    [Fact]
    public void Stages_have_the_reports_names() =>
        Assert.Equal(["备案", "开工", "竣工", "投产", "上规", "达产"], ProjectFunnel.Stages.Select(s => s.Zh));
}
