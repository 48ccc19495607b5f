using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Tests;

/// <summary>The figures of the statistics' catalogue: each one's filter, as Indicators will count them too.</summary>
public sealed class ProjectFigure_Count
{
    private const int Year = 2024;
    private static readonly IReadOnlySet<string> EightChains = new HashSet<string> { "nev", "smart-logistics" };

    [Fact]
    public void Major_newly_introduced_filings_and_the_eight_chains_among_them_leave_out_endogenous_small_and_other_years()
    {
        var projects = new[]
        {
            Facts("nev", 3m),
            Facts("smart-logistics", 5m),
            Facts("dyeing", 4m),
            Facts("nev", 3m, origin: ProjectOrigin.Endogenous),
            Facts("nev", 2.99m),
            Facts("nev", 3m, filedOn: new DateOnly(2023, 12, 31)),
        };

        Assert.Equal(3, Count(ProjectFigure.MajorFiledNewlyIntroduced, projects));
        Assert.Equal(2, Count(ProjectFigure.EightChainsMajorFiledNewlyIntroduced, projects));
        Assert.Equal(4, Count(ProjectFigure.MajorFiled, projects));
        Assert.Equal(5, Count(ProjectFigure.Filed, projects));
    }

    [Fact]
    public void Kinds_and_origins_count_by_filing_with_their_investment()
    {
        var projects = new[]
        {
            Facts("dyeing", 0.05m, kind: ProjectKind.TechnicalUpgrade, origin: ProjectOrigin.Endogenous),
            Facts("dyeing", 1.2m, kind: ProjectKind.TechnicalUpgrade, origin: ProjectOrigin.Endogenous),
            Facts("dyeing", 2m, kind: ProjectKind.LandRenewal),
            Facts("nev", 6m),
            Facts("dyeing", 9m, kind: ProjectKind.TechnicalUpgrade, filedOn: new DateOnly(2025, 1, 1)),
        };

        var upgrade = FigureCount.Of(ProjectFigure.TechnicalUpgradeFiled, projects, Year, EightChains);
        Assert.Equal((2, 1.25m), (upgrade.Count, upgrade.InvestmentYi));
        Assert.Equal(1, Count(ProjectFigure.LandRenewalFiled, projects));
        Assert.Equal(1, Count(ProjectFigure.NewManufacturingFiled, projects));
        Assert.Equal(2, Count(ProjectFigure.EndogenousFiled, projects));
        Assert.Equal(2, Count(ProjectFigure.NewlyIntroducedFiled, projects));
    }

    [Fact]
    public void Digital_economy_core_counts_major_projects_started_in_the_year()
    {
        var projects = new[]
        {
            Facts("semiconductor", 4m, startedOn: new DateOnly(2024, 3, 1), digital: true),
            Facts("semiconductor", 2m, startedOn: new DateOnly(2024, 3, 1), digital: true),
            Facts("semiconductor", 4m, startedOn: new DateOnly(2024, 3, 1)),
            Facts("semiconductor", 4m, startedOn: new DateOnly(2025, 1, 2), digital: true),
        };

        var digital = FigureCount.Of(ProjectFigure.DigitalEconomyCoreStarted, projects, Year, EightChains);
        Assert.Equal((1, 4m), (digital.Count, digital.InvestmentYi));
        Assert.Equal(new DateOnly(2024, 3, 1), ProjectFigure.DigitalEconomyCoreStarted.CountedOn(projects[0], Year));
    }

    [Fact]
    public void The_provincial_start_rate_is_of_the_listed_projects_planned_to_start_in_the_year()
    {
        var projects = new[]
        {
            Facts("nev", 5m, plannedStartOn: new DateOnly(2024, 6, 1), startedOn: new DateOnly(2024, 5, 1), provincial: true),
            Facts("nev", 5m, plannedStartOn: new DateOnly(2024, 9, 1), startedOn: new DateOnly(2025, 1, 5), provincial: true),
            Facts("nev", 5m, plannedStartOn: new DateOnly(2024, 9, 1), startedOn: new DateOnly(2024, 9, 1)),
            Facts("nev", 5m, plannedStartOn: new DateOnly(2025, 2, 1), provincial: true),
        };

        var statistics = ProjectStatistics.Compute(Year, TargetScope.Chain, [], new StatisticsGroup("huzhou", "湖州市", "Huzhou"), EightChains, [], projects);

        Assert.Equal(new StartRate(2, 1, 50.0m), statistics.ProvincialStartRate);
        Assert.Equal(2, statistics.Figures.Single(f => f.Code == "provincial-planned-to-start").Count);
        Assert.Equal(1, statistics.Figures.Single(f => f.Code == "provincial-started").Count);
        Assert.Equal(new DateOnly(2024, 5, 1), ProjectFigure.ProvincialStarted.CountedOn(projects[0], Year));
        Assert.Equal(ProjectFigure.All.Select(f => f.Code), statistics.Figures.Select(f => f.Code));
    }

    [Fact]
    public void Figures_are_found_by_code_whatever_the_case_and_an_unknown_one_is_none()
    {
        Assert.Same(ProjectFigure.MajorStarted, ProjectFigure.Find("Major-Started"));
        Assert.Null(ProjectFigure.Find("major-everything"));
        Assert.Equal(ProjectFigure.All.Count, ProjectFigure.All.Select(f => f.Code).Distinct().Count());
    }

    private static int Count(ProjectFigure figure, IEnumerable<ProjectFacts> projects) => projects.Count(p => figure.Counts(p, Year, EightChains));

    private static ProjectFacts Facts(
        string chain, decimal investmentYi, ProjectKind kind = ProjectKind.NewManufacturing, ProjectOrigin origin = ProjectOrigin.NewlyIntroduced,
        DateOnly? filedOn = null, DateOnly? plannedStartOn = null, DateOnly? startedOn = null, bool provincial = false, bool digital = false) =>
        new(chain, "anji", investmentYi, investmentYi >= Project.MajorInvestmentYi, filedOn ?? new DateOnly(Year, 4, 1),
            plannedStartOn ?? new DateOnly(2027, 1, 1), startedOn, null, null, Guid.NewGuid(), "项目", kind, origin, provincial, digital);
}
