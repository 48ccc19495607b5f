using System.Text.Json;
using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Projects.UseCases;
using IndustryPlatform.Testing;

namespace IndustryPlatform.Projects.Tests.Integration;

/// <summary>The yearly statistics as PostgreSQL answers them: the year's projects, the seeded targets and chains, the refusals.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ProjectStatisticsTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_year_counts_each_stage_by_its_actual_date_against_the_seeded_targets_and_the_current_plan()
    {
        await using var host = await ProjectsHost.StartAsync(infrastructure, "projects_it_statistics", new DateOnly(2025, 3, 1));
        await host.AddKnownEnterpriseAsync(Sample.CreditCode);
        var started = await RegisterAsync(host, "nev", "changxing", 5m, "2024-02-01", "2024-04-01");
        started = await AdvanceAsync(host, started, "Started", "2024-04-10");
        await AdvanceAsync(host, started, "Completed", "2024-12-31");
        var notStarted = await RegisterAsync(host, "nev", "anji", 1m, "2024-03-01", "2024-06-01");
        var dyeing = await RegisterAsync(host, "dyeing", "changxing", 4m, "2023-11-01", "2024-01-15");
        await AdvanceAsync(host, dyeing, "Started", "2024-01-20");
        var earlier = await RegisterAsync(host, "smart-logistics", "wuxing", 3m, "2022-05-01", "2022-08-01");
        earlier = await AdvanceAsync(host, earlier, "Started", "2022-08-01");
        await AdvanceAsync(host, earlier, "Completed", "2023-06-01");

        var byChain = await StatisticsAsync(host, "2024", "chain");

        Assert.Equal((2024, TargetScope.Chain), (byChain.Year, byChain.By));
        Assert.Equal(16, byChain.Rows.Count);
        Assert.All(byChain.Rows.Take(8), r => Assert.True(r.Group.IsEightChains));
        Assert.All(byChain.Rows.Skip(8), r => Assert.False(r.Group.IsEightChains));
        var nev = byChain.Rows.Single(r => r.Group.Code == "nev");
        Assert.Equal("新能源汽车及关键零部件", nev.Group.NameZh);
        Assert.Equal(new StageFigures(2, 6m, 1, 5m, 28, 3.6m), nev.Filed);
        Assert.Equal(new StageFigures(1, 5m, 1, 5m, 40, 2.5m), nev.Started);
        Assert.Equal(new StageFigures(1, 5m, 1, 5m, 26, 3.8m), nev.Completed);
        Assert.Equal(new StageFigures(0, 0m, 0, 0m, 22, 0m), nev.InProduction);
        Assert.Equal(new StartRate(2, 1, 50.0m), nev.StartRate);
        var dyeingRow = byChain.Rows.Single(r => r.Group.Code == "dyeing");
        Assert.Equal(new StageFigures(0, 0m, 0, 0m, null, null), dyeingRow.Filed);
        Assert.Equal(new StageFigures(1, 4m, 1, 4m, null, null), dyeingRow.Started);
        Assert.Equal(new StartRate(1, 1, 100.0m), dyeingRow.StartRate);
        var logistics = byChain.Rows.Single(r => r.Group.Code == "smart-logistics");
        Assert.Equal(new StageFigures(0, 0m, 0, 0m, 22, 0m), logistics.Filed);
        Assert.Equal(new StageFigures(0, 0m, 0, 0m, 18, 0m), logistics.Completed);

        Assert.Equal(("huzhou", "湖州市"), (byChain.CityTotal.Group.Code, byChain.CityTotal.Group.NameZh));
        Assert.Equal(new StageFigures(2, 6m, 1, 5m, 146, 0.7m), byChain.CityTotal.Filed);
        Assert.Equal((2, 9m, 2), (byChain.CityTotal.Started.Count, byChain.CityTotal.Started.InvestmentYi, byChain.CityTotal.Started.MajorCount));
        Assert.Equal(new StartRate(3, 2, 66.7m), byChain.CityTotal.StartRate);
        Assert.Equal(new EightChainsShare(1, 1, 100.0m), byChain.EightChainsShare);

        var byDistrict = await StatisticsAsync(host, "2024", "District");
        Assert.Equal(["wuxing", "nanxun", "deqing", "changxing", "anji", "nantaihu"], byDistrict.Rows.Select(r => r.Group.Code));
        var changxing = byDistrict.Rows.Single(r => r.Group.Code == "changxing");
        Assert.Equal((1, 2, 36), (changxing.Filed.Count, changxing.Started.Count, changxing.Filed.Target!.Value));
        Assert.Equal(0, byDistrict.Rows.Single(r => r.Group.Code == "wuxing").Completed.Count);
        Assert.Equal(160, byDistrict.CityTotal.Filed.Target);

        // Re-planned into 2025, the unstarted project no longer weighs on 2024's start rate but does on 2025's.
        await host.CallAsync<ReplanProject, ProjectRecord>(r => r.HandleAsync(
            new ReplanProjectCommand(notStarted.Id.ToString(), notStarted.Version, "Started", "2025-02-01", "环评批复延后"), CancellationToken.None));
        Assert.Equal(new StartRate(1, 1, 100.0m), (await StatisticsAsync(host, "2024", "chain")).Rows.Single(r => r.Group.Code == "nev").StartRate);
        var next = await StatisticsAsync(host, "2025", "chain");
        Assert.Equal(new StartRate(1, 0, 0m), next.Rows.Single(r => r.Group.Code == "nev").StartRate);
        Assert.Equal(31, next.Rows.Single(r => r.Group.Code == "nev").Filed.Target);

        var quiet = await StatisticsAsync(host, "2020", "chain");
        Assert.Equal(0, quiet.CityTotal.Filed.Count + quiet.CityTotal.Started.Count + quiet.CityTotal.StartRate.PlannedToStart);
        Assert.Null(quiet.CityTotal.Filed.Target);
        Assert.Null(quiet.EightChainsShare.Percent);
    }

    [Fact]
    public async Task A_bad_year_or_grouping_is_refused_naming_the_field_and_rule()
    {
        await using var host = await ProjectsHost.StartAsync(infrastructure, "projects_it_statistics_refusals", new DateOnly(2025, 3, 1));

        async Task<IEnumerable<(string, string)>> RefusedAsync(string? year, string? by) =>
            (await Assert.ThrowsAsync<InvalidInputException>(() => StatisticsAsync(host, year, by))).Violations.Select(v => (v.Field, v.Rule.Value));

        Assert.Equal([("year", "year.required"), ("by", "grouping.unknown")], await RefusedAsync(null, null));
        Assert.Equal([("year", "year.format")], await RefusedAsync("20x4", "chain"));
        Assert.Equal([("year", "year.format")], await RefusedAsync("-2024", "chain"));
        Assert.Equal([("year", "year.out-of-range")], await RefusedAsync("1999", "chain"));
        Assert.Equal([("year", "year.out-of-range")], await RefusedAsync("2027", "district"));
        Assert.Equal([("by", "grouping.unknown")], await RefusedAsync("2024", "county"));
        Assert.Equal([("by", "grouping.unknown")], await RefusedAsync("2024", "1"));
        Assert.Equal(2026, (await StatisticsAsync(host, "2026", "district")).Year);
    }

    [Fact]
    public async Task The_demo_portfolio_year_matches_a_count_made_straight_from_the_seed_file()
    {
        await using var host = await ProjectsHost.StartAsync(infrastructure, "projects_it_statistics_demo", new DateOnly(2026, 7, 1), seedDemo: true);
        using var portfolio = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "project-demo-portfolio.json"), TestContext.Current.CancellationToken));
        using var chains = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "industry-chains.json"), TestContext.Current.CancellationToken));
        var emerging = chains.RootElement.GetProperty("chains").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == "Emerging").Select(c => c.GetProperty("code").GetString()).ToHashSet();
        var projects = portfolio.RootElement.GetProperty("projects").EnumerateArray().Select(p => new
        {
            Chain = p.GetProperty("chainCode").GetString()!,
            Major = p.GetProperty("totalInvestmentYi").GetDecimal() >= 3m,
            Investment = p.GetProperty("totalInvestmentYi").GetDecimal(),
            Filed = p.GetProperty("filedOn").GetString()!,
            Reached = p.GetProperty("reached").EnumerateArray().Select(d => d.GetString()!).ToList(),
            // Absent in an older file: a technical upgrade is 内生, the rest 新引进 (as the seeder reads it).
            NewlyIntroduced = p.TryGetProperty("origin", out var origin)
                ? origin.GetString() == "NewlyIntroduced"
                : p.GetProperty("kind").GetString() != "TechnicalUpgrade",
        }).ToList();

        var statistics = await StatisticsAsync(host, "2024", "chain");

        foreach (var row in statistics.Rows)
        {
            var own = projects.Where(p => p.Chain == row.Group.Code).ToList();
            var filed = own.Where(p => p.Filed.StartsWith("2024-", StringComparison.Ordinal)).ToList();
            Assert.Equal((filed.Count, filed.Where(p => p.Major).Sum(p => p.Investment)), (row.Filed.Count, row.Filed.MajorInvestmentYi));
            Assert.Equal(own.Count(p => p.Reached.Count > 0 && p.Reached[0].StartsWith("2024-", StringComparison.Ordinal)), row.Started.Count);
            Assert.Equal(own.Count(p => p.Reached.Count > 1 && p.Reached[1].StartsWith("2024-", StringComparison.Ordinal)), row.Completed.Count);
            Assert.Equal(own.Count(p => p.Reached.Count > 2 && p.Reached[2].StartsWith("2024-", StringComparison.Ordinal)), row.InProduction.Count);
        }

        var majorFiled = projects.Where(p => p.Major && p.NewlyIntroduced && p.Filed.StartsWith("2024-", StringComparison.Ordinal)).ToList();
        Assert.Equal((majorFiled.Count, majorFiled.Count(p => emerging.Contains(p.Chain))),
            (statistics.EightChainsShare.MajorFiled, statistics.EightChainsShare.InEightChains));
        Assert.Equal(statistics.Rows.Sum(r => r.Started.Count), statistics.CityTotal.Started.Count);
    }

    private static Task<ProjectRecord> RegisterAsync(ProjectsHost host, string chain, string district, decimal investmentYi, string filedOn, string plannedStartOn)
    {
        var plan = new ProjectPlan(plannedStartOn, "2025-12-31", "2026-03-31", "2026-09-30", "2027-06-30");
        return host.CallAsync<RegisterProject, ProjectRecord>(r => r.HandleAsync(
            Sample.Details(investmentYi, filedOn: filedOn, plan: plan) with { ChainCode = chain, DistrictCode = district }, CancellationToken.None));
    }

    private static Task<ProjectRecord> AdvanceAsync(ProjectsHost host, ProjectRecord project, string stage, string reachedOn) =>
        host.CallAsync<AdvanceProject, ProjectRecord>(a => a.HandleAsync(
            new AdvanceProjectCommand(project.Id.ToString(), project.Version, stage, reachedOn), CancellationToken.None));

    private static Task<ProjectStatistics> StatisticsAsync(ProjectsHost host, string? year, string? by) =>
        host.CallAsync<GetProjectStatistics, ProjectStatistics>(s => s.HandleAsync(new ProjectStatisticsQuery(year, by), CancellationToken.None));
}
