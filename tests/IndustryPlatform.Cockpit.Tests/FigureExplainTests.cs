using Bunit;
using IndustryPlatform.Cockpit.Components.Pages;
using IndustryPlatform.Cockpit.Components.Shared;
using IndustryPlatform.Cockpit.Gateway;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.Cockpit.Tests;

/// <summary>溯源 on the indicator page: a derived figure's records (paged), a recomputed one's components, a reported one's vintages.</summary>
public sealed class FigureExplainTests : BunitContext
{
    private static readonly DerivedDeclaration StartedProjects = new("Projects", "Started", "Count", false);

    private static FigureExplanation Derived(int page, int total, params CountedRecord[] records) => new(
        "major-projects-started", "wuxing", "2024-12", "Cumulative", total, "Derived", true, StartedProjects,
        new CountedRecordsPage(total, page, 20, records), [], []);

    private static CountedRecord Project(string id, string name, string on, decimal yi) =>
        new(id, "91330502MA2B000001", name, "wuxing", on, 2024, "NewManufacturing", yi, true);

    [Fact]
    public void A_derived_figure_lists_the_projects_it_counted_with_their_ids_dates_and_amounts()
    {
        var explain = Render<FigureExplain>(p => p
            .Add(e => e.Value, Derived(1, 45, Project("p-1", "年产10万台电机项目", "2024-03-18", 5.2m), Project("p-2", "智能装备产业园", "2024-07-01", 12m)))
            .Add(e => e.Unit, "个"));

        Assert.Equal("Derived", explain.Find("[data-testid=explain]").GetAttribute("data-source"));
        Assert.Contains("由登记记录统计", explain.Find("[data-testid=explain-source]").TextContent);
        Assert.Contains("按开工日期计入", explain.Markup);
        var rows = explain.FindAll("[data-testid=explain-records] tr[data-record]");
        Assert.Equal(["p-1", "p-2"], rows.Select(r => r.GetAttribute("data-record")));
        Assert.Equal("/projects/p-1", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("年产10万台电机项目", rows[0].TextContent);
        Assert.Contains("2024-03-18", rows[0].TextContent);
        Assert.Contains("91330502MA2B000001", rows[0].TextContent);
        Assert.Equal("5.2亿元", rows[0].QuerySelector("[data-testid=amount]")!.TextContent);
        Assert.Equal("第1/3页，共45条", explain.Find("[data-testid=explain-total]").TextContent);
        Assert.True(explain.Find("[data-testid=explain-previous]").HasAttribute("disabled"));
        Assert.False(explain.Find("[data-testid=explain-next]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_next_page_of_records_is_asked_for_and_the_last_page_has_no_next()
    {
        var asked = new List<int>();
        var explain = Render<FigureExplain>(p => p
            .Add(e => e.Value, Derived(2, 45, Project("p-21", "x", "2024-05-05", 3m)))
            .Add(e => e.PageChanged, (int page) => asked.Add(page)));

        explain.Find("[data-testid=explain-next]").Click();
        explain.Find("[data-testid=explain-previous]").Click();
        Assert.Equal([3, 1], asked);

        explain.Render(p => p.Add(e => e.Value, Derived(3, 45, Project("p-41", "x", "2024-05-05", 3m))));
        Assert.True(explain.Find("[data-testid=explain-next]").HasAttribute("disabled"));
    }

    [Fact]
    public void Tier_records_name_the_enterprise_and_link_to_it()
    {
        var tiers = new FigureExplanation("new-golden-elephant-bull", "huzhou", "2024", "Cumulative", 1, "Derived", false,
            new DerivedDeclaration("Tiers", "Year", "Count", false),
            new CountedRecordsPage(1, 1, 20, [new("r-9", "91330500MA2C000009", "浙江某某科技有限公司", "anji", null, 2024, "Certified", 0m, false)]), [], []);

        var explain = Render<FigureExplain>(p => p.Add(e => e.Value, tiers));

        var row = explain.Find("tr[data-record=r-9]");
        Assert.Equal("/enterprises/91330500MA2C000009", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("已认定", row.TextContent);
        Assert.Contains("2024", row.TextContent);
        Assert.Empty(row.QuerySelectorAll("[data-testid=amount]"));
    }

    [Fact]
    public void A_recomputed_figure_shows_the_figures_it_was_computed_from()
    {
        var share = new FigureExplanation("manufacturing-investment-share", "huzhou", "2024-12", "Cumulative", 33.9m, "Recomputed", true, null, null,
        [
            new("manufacturing-investment", "huzhou", "2024-12", 703.1m, "Recomputed", true),
            new("fixed-asset-investment", "wuxing", "2024-12", 310.4m, "Reported", true),
        ], []);

        var explain = Render<FigureExplain>(p => p.Add(e => e.Value, share).Add(e => e.Unit, "%"));

        Assert.Contains("由其他数据计算", explain.Find("[data-testid=explain-source]").TextContent);
        var rows = explain.FindAll("[data-testid=explain-components] tr[data-component]");
        Assert.Equal(["manufacturing-investment", "fixed-asset-investment"], rows.Select(r => r.GetAttribute("data-component")));
        Assert.Contains("703.1", rows[0].TextContent);
        Assert.Contains("吴兴区", rows[1].TextContent);
        Assert.Contains("报送", rows[1].TextContent);
    }

    [Fact]
    public void A_reported_figure_shows_every_vintage_with_who_sent_it_and_when()
    {
        var reported = new FigureExplanation("industrial-value-added", "wuxing", "2024-12", "Cumulative", 410.2m, "Reported", false, null, null, [],
        [
            new(1, 405m, "district-wuxing", new DateTimeOffset(2025, 1, 10, 9, 30, 0, TimeSpan.Zero), [], false),
            new(2, 410.2m, "吴兴区经信局 工作人员", new DateTimeOffset(2025, 1, 20, 14, 0, 0, TimeSpan.Zero), ["growth.outside-plausible-band"], false),
        ]);

        var explain = Render<FigureExplain>(p => p.Add(e => e.Value, reported).Add(e => e.Unit, "亿元"));

        var rows = explain.FindAll("[data-testid=explain-vintages] tr[data-vintage]");
        Assert.Equal(["1", "2"], rows.Select(r => r.GetAttribute("data-vintage")));
        Assert.Contains("405亿元", rows[0].TextContent);
        Assert.Contains("district-wuxing", rows[0].TextContent);
        Assert.Contains("2025-01-10", rows[0].TextContent);
        Assert.Contains("增速超出合理范围", rows[1].TextContent);
    }

    [Fact]
    public void The_indicator_page_explains_the_district_clicked_and_pages_through_its_records()
    {
        var gateway = new FakeGateway()
            .Get("api/v1/indicators/major-projects-started/series", new Series("major-projects-started", "huzhou", "个", "Cumulative", []))
            .Get("api/v1/indicators/major-projects-started/summary", r => Summary(FakeGateway.Query(r, "region")!))
            .Get("api/v1/indicators/major-projects-started/vintages", Array.Empty<Revision>())
            .Get("api/v1/indicators/major-projects-started/figures/anji/2024-12/explain", r =>
            {
                var page = int.Parse(FakeGateway.Query(r, "page")!);
                return Derived(page, 45, Project($"p-{page}", $"项目{page}", "2024-04-01", 3m)) with { RegionCode = "anji" };
            });
        this.UseGateway(gateway, "city-staff", "huzhou", "read");

        Services.GetRequiredService<NavigationManager>().NavigateTo("/indicators/major-projects-started?year=2024");
        var page = Render<IndicatorPage>(p => p.Add(i => i.Code, "major-projects-started"));
        page.WaitForElement("[data-testid=breakdown] tr[data-district=anji] [data-testid=explain-district]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("tr[data-record=p-1]")));
        page.Find("[data-testid=explain-next]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("tr[data-record=p-2]")));
        Assert.Equal(
            ["/api/v1/indicators/major-projects-started/figures/anji/2024-12/explain?basis=cumulative&page=1&pageSize=20",
             "/api/v1/indicators/major-projects-started/figures/anji/2024-12/explain?basis=cumulative&page=2&pageSize=20"],
            gateway.Asked(HttpMethod.Get, "api/v1/indicators/major-projects-started/figures/anji/2024-12/explain"));
    }

    private static IndicatorSummary Summary(string region) => new(
        "major-projects-started", "新开工3亿元以上项目", "Major projects started", "个", false, region, "2024-12", "Cumulative",
        7, 5, null, null, null, null, null, null, null, null, null, true);
}
