using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Tests;

public sealed class ProjectStatistics_Compute
{
    private static readonly StatisticsGroup City = new("huzhou", "湖州市", "Huzhou");

    private static readonly IReadOnlyList<StatisticsGroup> Chains =
    [
        new("nev", "新能源汽车及关键零部件", "New-energy vehicles and key parts", IsEightChains: true),
        new("smart-logistics", "智能物流装备", "Smart logistics equipment", IsEightChains: true),
        new("dyeing", "印染", "Dyeing"),
    ];

    private static readonly IReadOnlyList<StatisticsGroup> Districts =
    [
        new("changxing", "长兴县", "Changxing County"),
        new("anji", "安吉县", "Anji County"),
    ];

    private static readonly IReadOnlySet<string> EightChains = new HashSet<string> { "nev", "smart-logistics" };

    [Fact]
    public void The_NEV_chain_filing_35_major_projects_against_a_target_of_28_is_at_125_percent()
    {
        var projects = Enumerable.Range(0, 35).Select(i => Filed("nev", 2024, investmentYi: 3m + i)).ToList();
        projects.Add(Filed("nev", 2024, investmentYi: 2.99m));

        var statistics = Compute(TargetScope.Chain, projects, Target(TargetScope.Chain, "nev", filed: 28));

        var nev = Row(statistics, "nev").Filed;
        Assert.Equal(36, nev.Count);
        Assert.Equal(35, nev.MajorCount);
        Assert.Equal(35 * 3m + Enumerable.Range(0, 35).Sum() + 2.99m, nev.InvestmentYi);
        Assert.Equal(35 * 3m + Enumerable.Range(0, 35).Sum(), nev.MajorInvestmentYi);
        Assert.Equal(28, nev.Target);
        Assert.Equal(125.0m, nev.TargetCompletionPercent);
    }

    [Fact]
    public void A_zero_target_has_no_completion_and_a_missing_target_is_no_target()
    {
        var projects = new[] { Filed("nev", 2024), Filed("smart-logistics", 2024) };

        var statistics = Compute(TargetScope.Chain, projects, Target(TargetScope.Chain, "nev", filed: 0));

        Assert.Equal((0, (decimal?)null), (Row(statistics, "nev").Filed.Target!.Value, Row(statistics, "nev").Filed.TargetCompletionPercent));
        Assert.Null(Row(statistics, "smart-logistics").Filed.Target);
        Assert.Null(Row(statistics, "smart-logistics").Filed.TargetCompletionPercent);
        Assert.Equal(1, Row(statistics, "smart-logistics").Filed.MajorCount);
    }

    [Fact]
    public void With_no_projects_every_group_has_a_row_of_zeros_and_no_rate_or_share()
    {
        var statistics = Compute(TargetScope.District, [], Target(TargetScope.District, "anji", filed: 22, started: 28));

        Assert.Equal(["changxing", "anji"], statistics.Rows.Select(r => r.Group.Code));
        Assert.All(statistics.Rows.Append(statistics.CityTotal), row =>
        {
            Assert.All(new[] { row.Filed, row.Started, row.Completed, row.InProduction }, f =>
                Assert.Equal((0, 0m, 0, 0m), (f.Count, f.InvestmentYi, f.MajorCount, f.MajorInvestmentYi)));
            Assert.Equal(new StartRate(0, 0, null), row.StartRate);
        });
        Assert.Equal(0m, Row(statistics, "anji").Filed.TargetCompletionPercent);
        Assert.Equal(new EightChainsShare(0, 0, null), statistics.EightChainsShare);
        Assert.Equal(City, statistics.CityTotal.Group);
    }

    [Fact]
    public void A_stage_counts_in_the_year_of_its_actual_date_from_the_first_to_the_last_day()
    {
        var projects = new[]
        {
            // Filed on New Year's Eve 2023, started on New Year's Day 2024.
            Facts("nev", filedOn: new(2023, 12, 31), startedOn: new(2024, 1, 1)),
            // Filed on the first day, completed on the last day of 2024, in production the next morning.
            Facts("nev", filedOn: new(2024, 1, 1), startedOn: new(2024, 2, 1), completedOn: new(2024, 12, 31), inProductionOn: new(2025, 1, 1)),
            // Everything in 2025: nothing for 2024.
            Facts("nev", filedOn: new(2025, 1, 1), startedOn: new(2025, 2, 1)),
        };

        var nev = Row(Compute(TargetScope.Chain, projects), "nev");

        Assert.Equal(1, nev.Filed.Count);
        Assert.Equal(2, nev.Started.Count);
        Assert.Equal(1, nev.Completed.Count);
        Assert.Equal(0, nev.InProduction.Count);
    }

    [Fact]
    public void The_start_rate_counts_starts_planned_in_the_year_that_happened_by_its_end()
    {
        var projects = new[]
        {
            Facts("nev", new(2024, 1, 10), plannedStartOn: new(2024, 3, 1), startedOn: new(2024, 12, 31)),
            Facts("nev", new(2024, 1, 10), plannedStartOn: new(2024, 6, 1), startedOn: new(2025, 1, 1)),
            Facts("nev", new(2024, 1, 10), plannedStartOn: new(2024, 12, 31)),
            // Started in 2024 ahead of a 2025 plan: a start of 2024, but not one the 2024 rate was planned on.
            Facts("nev", new(2024, 1, 10), plannedStartOn: new(2025, 2, 1), startedOn: new(2024, 11, 1)),
        };

        var nev = Row(Compute(TargetScope.Chain, projects), "nev");

        Assert.Equal(new StartRate(3, 1, 33.3m), nev.StartRate);
        Assert.Equal(2, nev.Started.Count);
    }

    [Fact]
    public void The_eight_chains_share_is_taken_of_the_major_projects_filed_in_the_year()
    {
        var projects = new List<ProjectFacts>();
        projects.AddRange(Enumerable.Range(0, 5).Select(_ => Filed("nev", 2024)));
        projects.AddRange(Enumerable.Range(0, 2).Select(_ => Filed("smart-logistics", 2024)));
        projects.AddRange(Enumerable.Range(0, 2).Select(_ => Filed("dyeing", 2024)));
        projects.Add(Filed("nev", 2024, investmentYi: 1m));          // not major
        projects.Add(Filed("dyeing", 2023));                         // another year
        projects.Add(Facts("dyeing", new(2023, 5, 1), startedOn: new(2024, 2, 1)));  // started, not filed, in 2024

        var statistics = Compute(TargetScope.District, projects);

        Assert.Equal(new EightChainsShare(9, 7, 77.8m), statistics.EightChainsShare);
    }

    [Fact]
    public void The_city_total_sums_every_project_and_measures_only_the_targeted_chains_against_their_summed_targets()
    {
        var projects = new List<ProjectFacts>();
        projects.AddRange(Enumerable.Range(0, 4).Select(_ => Filed("nev", 2024, investmentYi: 5m)));
        projects.AddRange(Enumerable.Range(0, 2).Select(_ => Filed("smart-logistics", 2024, investmentYi: 4m)));
        projects.AddRange(Enumerable.Range(0, 3).Select(_ => Filed("dyeing", 2024, investmentYi: 3.5m)));
        projects.Add(Filed("dyeing", 2024, investmentYi: 0.5m));

        var statistics = Compute(TargetScope.Chain, projects,
            Target(TargetScope.Chain, "nev", filed: 4), Target(TargetScope.Chain, "smart-logistics", filed: 4));

        var total = statistics.CityTotal.Filed;
        Assert.Equal((10, 4 * 5m + 2 * 4m + 3 * 3.5m + 0.5m, 9), (total.Count, total.InvestmentYi, total.MajorCount));
        Assert.Equal(8, total.Target);
        Assert.Equal(75.0m, total.TargetCompletionPercent);  // (4 + 2) ÷ 8: the dyeing projects have no target to count against
        Assert.Equal(statistics.Rows.Sum(r => r.Filed.Count), total.Count);
    }

    [Fact]
    public void By_district_each_project_counts_in_its_district_and_districts_have_no_eight_chains_flag()
    {
        var projects = new[] { Filed("nev", 2024, district: "anji"), Filed("dyeing", 2024, district: "anji"), Filed("nev", 2024, district: "changxing") };

        var statistics = Compute(TargetScope.District, projects,
            Target(TargetScope.District, "anji", filed: 4), Target(TargetScope.District, "changxing", filed: 2),
            Target(TargetScope.Chain, "nev", filed: 1));

        Assert.Equal((2, 50.0m), (Row(statistics, "anji").Filed.Count, Row(statistics, "anji").Filed.TargetCompletionPercent!.Value));
        Assert.Equal(50.0m, Row(statistics, "changxing").Filed.TargetCompletionPercent);
        Assert.Equal((6, 50.0m), (statistics.CityTotal.Filed.Target!.Value, statistics.CityTotal.Filed.TargetCompletionPercent!.Value));
        Assert.All(statistics.Rows, r => Assert.False(r.Group.IsEightChains));
    }

    [Fact]
    public void Targets_of_another_year_do_not_count()
    {
        var statistics = Compute(TargetScope.Chain, [Filed("nev", 2024)], new YearlyTarget(2025, TargetScope.Chain, "nev") { Filed = 1 });

        Assert.Null(Row(statistics, "nev").Filed.Target);
        Assert.Null(statistics.CityTotal.Filed.Target);
    }

    [Fact]
    public void A_registered_and_advanced_project_gives_its_actual_dates_and_current_plan()
    {
        var clock = FixedClock.At(new DateOnly(2026, 12, 31));
        var project = Sample.Register(clock, investmentYi: 3m);
        project.Replan(1, ProjectStage.Started, "2024-06-01", "土地指标延后", "city", clock);
        project.Advance(2, ProjectStage.Started, "2024-05-20", "city", clock);
        project.Advance(3, ProjectStage.Completed, "2025-06-30", "city", clock);

        var facts = ProjectStatistics.FactsOf(project);

        Assert.Equal(new ProjectFacts("nev", "changxing", 3m, true, Sample.FiledOn, new DateOnly(2024, 6, 1),
            new DateOnly(2024, 5, 20), new DateOnly(2025, 6, 30), null, project.Id, project.Name), facts);
    }

    private static ProjectStatistics Compute(TargetScope by, IReadOnlyCollection<ProjectFacts> projects, params YearlyTarget[] targets) =>
        ProjectStatistics.Compute(2024, by, by == TargetScope.Chain ? Chains : Districts, City, EightChains, targets, projects);

    private static StatisticsRow Row(ProjectStatistics statistics, string code) => statistics.Rows.Single(r => r.Group.Code == code);

    private static YearlyTarget Target(TargetScope scope, string code, int filed = 0, int started = 0) =>
        new(2024, scope, code) { Filed = filed, Started = started };

    private static ProjectFacts Filed(string chain, int year, decimal investmentYi = 3m, string district = "changxing") =>
        Facts(chain, new DateOnly(year, 4, 1), investmentYi: investmentYi, district: district);

    private static ProjectFacts Facts(
        string chain, DateOnly filedOn, DateOnly? plannedStartOn = null, DateOnly? startedOn = null, DateOnly? completedOn = null,
        DateOnly? inProductionOn = null, decimal investmentYi = 3m, string district = "changxing") =>
        new(chain, district, investmentYi, investmentYi >= Project.MajorInvestmentYi, filedOn, plannedStartOn ?? filedOn.AddYears(3),
            startedOn, completedOn, inProductionOn);
}
