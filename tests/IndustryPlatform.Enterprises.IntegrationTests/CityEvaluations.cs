using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using IndustryPlatform.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>
/// The city-wide evaluations of a year on PostgreSQL and Redis. The test classes share one Redis, so each test drops
/// the cached evaluations first: another class's database may have left one for the same year.
/// </summary>
public sealed class CityEvaluations(EnterprisesHost host) : IClassFixture<EnterprisesHost>
{
    private static readonly int Year = Scenario.ThisYear - 1;

    private static CancellationToken None => TestContext.Current.CancellationToken;

    private Task<GetCityEvaluationResult> EvaluateAsync() =>
        host.UseAsync<GetCityEvaluation, GetCityEvaluationResult>(e => e.HandleAsync(Year, None));

    private Task<EnterpriseStandingPage> ListAsync(EvaluationListQuery query) =>
        host.UseAsync<ListEvaluatedEnterprises, EnterpriseStandingPage>(l => l.PageAsync(query, None));

    private Task DropCachedAsync() => host.Services.GetRequiredService<EvaluationCache>().InvalidateAsync();

    private async Task<int> FiguresOfTheYearAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>().YearlyFigures.CountAsync(f => f.Year == Year, None);
    }

    [Fact]
    public async Task Grades_and_classes_count_every_enterprise_with_figures_and_the_list_filters_sorts_and_pages()
    {
        await DropCachedAsync();
        var industry = $"C{Random.Shared.Next(10, 99)}{Random.Shared.Next(10, 99)}";
        var weak = await host.RegisterAsync(district: "changxing", industry: industry);
        var strong = await host.RegisterAsync(district: "changxing", industry: industry);
        var elsewhere = await host.RegisterAsync(district: "anji", industry: industry);
        await host.RecordAsync(weak, Year, Scenario.Figures(taxes: 200m, co2: 5_000m));
        await host.RecordAsync(strong, Year, Scenario.Figures(taxes: 5_000m, co2: 100m));
        await host.RecordAsync(elsewhere, Year, Scenario.Figures(taxes: 1_000m, co2: 1_200m));

        var evaluation = (await EvaluateAsync()).Evaluation;
        var grades = evaluation.CarbonGrades();
        var classes = evaluation.PerMuClasses();
        var inDistrict = await ListAsync(new(Year, District: "CHANGXING", Industry: industry, Sort: "-perMuScore"));
        var worstCarbon = await ListAsync(new(Year, Industry: industry, Sort: "-carbonGrade", PageSize: 1));
        var gradeFive = await ListAsync(new(Year, CarbonGrade: 5, Industry: industry));

        var evaluated = await FiguresOfTheYearAsync();
        Assert.Equal(evaluated, classes.Evaluated);
        Assert.Equal(evaluated, classes.Classes.Sum(c => c.Count));
        Assert.Equal(evaluated, grades.Graded + grades.Ungraded);
        Assert.Equal(grades.Graded, grades.Grades.Sum(g => g.Count));
        Assert.Equal(grades.Graded, grades.Districts.Sum(d => d.Graded));
        Assert.Equal(3, grades.Industries.Single(i => i.Code == industry[..3]).Graded);
        Assert.Equal([strong, weak], inDistrict.Items.Select(s => s.CreditCode));
        Assert.Equal(2, inDistrict.TotalCount);
        Assert.Equal([weak], worstCarbon.Items.Select(s => s.CreditCode));
        Assert.Equal(3, worstCarbon.TotalCount);
        Assert.Equal([weak], gradeFive.Items.Select(s => s.CreditCode));
        Assert.All(evaluation.Standings, s => Assert.Equal(evaluation.Thresholds.ClassOf(s.PerMuScore), s.PerMuClass));
        Assert.Equal(PerMuClass.D, evaluation.Find(weak)!.PerMuClass);
        Assert.Equal(PerMuClass.B, evaluation.Find(strong)!.PerMuClass);
    }

    [Fact]
    public async Task Recording_figures_drops_the_cached_evaluation_and_the_single_evaluation_shows_the_new_rank_and_class()
    {
        await DropCachedAsync();
        var code = await host.RegisterAsync(district: "deqing");
        await host.RecordAsync(code, Year, Scenario.Figures(taxes: 200m));
        var first = await EvaluateAsync();
        var cached = await EvaluateAsync();

        await host.RecordAsync(code, Year, Scenario.Figures(taxes: 5_000m));
        var after = await EvaluateAsync();
        var single = await host.UseAsync<EvaluateEnterprise, EnterpriseEvaluation>(e => e.HandleAsync(code, Year, None));

        Assert.False(first.FromCache);
        Assert.True(cached.FromCache);
        Assert.Equal(PerMuClass.D, first.Evaluation.Find(code)!.PerMuClass);
        Assert.False(after.FromCache);
        var standing = after.Evaluation.Find(code)!;
        Assert.Equal(PerMuClass.B, standing.PerMuClass);
        Assert.Equal(new PerMuStanding(standing.PerMuRank, standing.PerMuDistrictRank, after.Evaluation.Standings.Count, PerMuClass.B), single.PerMuStanding);
        Assert.Equal(single.PerMuEfficiency!.Score, standing.PerMuScore);
    }

    [Fact]
    public async Task An_enterprise_moved_to_another_district_is_counted_there_at_once()
    {
        await DropCachedAsync();
        var code = await host.RegisterAsync(district: "nanxun", name: "湖州评价迁区测试有限公司");
        await host.RecordAsync(code, Year, Scenario.Figures());
        Assert.Equal("nanxun", (await EvaluateAsync()).Evaluation.Find(code)!.DistrictCode);

        var entry = await host.UseAsync<GetEnterprise, GetEnterpriseResult>(g => g.HandleAsync(code, None));
        await host.UseAsync<ChangeEnterprise, RegistryEntry>(c => c.HandleAsync(new ChangeEnterpriseCommand(code, entry.Enterprise.Version,
            new EnterpriseDetails("湖州评价迁区测试有限公司", null, "wuxing", "C3841", "nev", "2012-05-01")), None));

        Assert.Equal("wuxing", (await EvaluateAsync()).Evaluation.Find(code)!.DistrictCode);
    }

    [Fact]
    public async Task Refuses_an_unknown_grade_class_sort_page_or_year_by_name()
    {
        var list = await Assert.ThrowsAsync<InvalidInputException>(() =>
            ListAsync(new(Year, CarbonGrade: 6, PerMuClass: "E", Sort: "-profit", Page: 0, PageSize: 500)));
        var year = await Assert.ThrowsAsync<InvalidInputException>(() =>
            host.UseAsync<GetCityEvaluation, GetCityEvaluationResult>(e => e.HandleAsync(Scenario.ThisYear + 1, None)));

        Assert.Equal(
            ["carbon-grade.out-of-range", "page.out-of-range", "page.size-out-of-range", "per-mu-class.unknown", "sort.unknown"],
            list.Violations.Select(v => v.Rule.Value).Order());
        Assert.Equal("tier.year-out-of-range", year.Violations.Single().Rule.Value);
    }
}
