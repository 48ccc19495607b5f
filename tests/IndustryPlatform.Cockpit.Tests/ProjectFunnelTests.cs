using Bunit;
using IndustryPlatform.Cockpit.Components.Pages;
using IndustryPlatform.Cockpit.Gateway;
using IndustryPlatform.Cockpit.Reporting;

namespace IndustryPlatform.Cockpit.Tests;

public sealed class ProjectFunnelTests : BunitContext
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

    [Fact]
    public void Every_stage_counts_the_projects_at_it_or_beyond_it()
    {
        var standing = new Dictionary<string, int> { ["Filed"] = 40, ["Started"] = 30, ["Completed"] = 15, ["InProduction"] = 10, ["AboveScale"] = 4, ["AtCapacity"] = 1 };

        var steps = ProjectFunnel.Reached(standing);

        Assert.Equal(["Filed", "Started", "Completed", "InProduction", "AboveScale", "AtCapacity"], steps.Select(s => s.Stage));
        Assert.Equal([100, 60, 30, 15, 5, 1], steps.Select(s => s.Reached));
        Assert.Equal([null, 60m, 50m, 50m, 33.3m, 20m], steps.Select(s => s.ShareOfPrevious));
    }

    [Fact]
    public void A_stage_no_project_stands_at_still_counts_those_beyond_it() =>
        Assert.Equal([3, 3, 3, 3, 3, 3], ProjectFunnel.Reached(new Dictionary<string, int> { ["AtCapacity"] = 3 }).Select(s => s.Reached));

    [Fact]
    public void The_projects_page_shows_all_six_stages_of_the_years_projects_in_the_district_and_chain_chosen()
    {
        var standing = new Dictionary<string, int> { ["Filed"] = 9, ["Started"] = 7, ["Completed"] = 5, ["InProduction"] = 3, ["AboveScale"] = 2, ["AtCapacity"] = 1 };
        var statistics = new ProjectStatistics(2024,
            [new StatisticsRow("wuxing", "吴兴区", "Wuxing", Count(30), Count(20), Count(9), Count(3), new StartRate(10, 8, 80m))],
            new StatisticsRow("huzhou", "湖州市", "Huzhou", Count(100), Count(80), Count(40), Count(20), new StartRate(50, 45, 90m)));
        var chains = statistics with { Rows = [new StatisticsRow("nev", "新能源汽车", "New-energy vehicles", Count(12), Count(8), Count(4), Count(2), new StartRate(0, 0, null))] };
        var gateway = new FakeGateway()
            .Get("api/v1/projects/statistics", r => FakeGateway.Query(r, "by") == "chain" ? chains : statistics)
            .Get("api/v1/projects", r => new ProjectPage(1, 1, standing[FakeGateway.Query(r, "stage")!], []))
            .Get("api/v1/projects/lists/ToStart", new ProjectPage(1, 50, 0, []))
            .Get("api/v1/projects/lists/ToComplete", new ProjectPage(1, 50, 0, []))
            .Get("api/v1/projects/lists/ToReachScale", new ProjectPage(1, 50, 0, []));
        this.UseGateway(gateway, "city-staff", "huzhou", "read");

        var page = Render<Projects>();
        page.WaitForElement("[data-testid=chain] option[value=nev]");
        page.Find("[data-testid=district]").Change("wuxing");
        page.Find("[data-testid=chain]").Change("nev");

        page.WaitForAssertion(() => Assert.Contains("吴兴区 · 新能源汽车", page.Markup));
        var rows = page.FindAll("[data-testid=funnel-table] tr[data-stage]");
        Assert.Equal(["Filed", "Started", "Completed", "InProduction", "AboveScale", "AtCapacity"], rows.Select(r => r.GetAttribute("data-stage")));
        Assert.Equal(["27个", "18个", "11个", "6个", "3个", "1个"], rows.Select(r => r.QuerySelector("td.num")!.TextContent));
        var searches = gateway.Asked(HttpMethod.Get, "api/v1/projects").Where(q => q.Contains("chain=nev", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, searches.Count);
        Assert.All(searches, q => Assert.Contains($"filedYear={DateTime.Today.Year - 1}&", q));
        Assert.All(searches, q => Assert.Contains("district=wuxing", q));
        // The year's statistics are the district's row: by district and chain at once there is no row.
        Assert.Contains("30个", page.Find("[data-testid=statistics-table] tr[data-stage=Filed]").TextContent);
        Assert.Contains("ToStart?from=", gateway.Asked(HttpMethod.Get, "api/v1/projects/lists/ToStart").Last());
        Assert.Contains("district=wuxing&chain=nev", gateway.Asked(HttpMethod.Get, "api/v1/projects/lists/ToStart").Last());
    }
}
