
namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// 项目统计 — a year's projects by chain or by district: newly filed, started, completed and in production, each counted
/// and summed (亿元) against the yearly targets; the start rate; the eight chains' share of new ≥3亿 projects; and the
/// city's totals. A stage counts in the year its actual date falls in. Besides, every figure of the catalogue
/// (<see cref="ProjectFigure"/>: by kind, by origin, digital-economy core, the provincial list) for the whole city, and
/// the provincial list's start rate (省重大项目开工率).
/// </summary>
public sealed record ProjectStatistics(
    int Year,
    TargetScope By,
    IReadOnlyList<StatisticsRow> Rows,
    StatisticsRow CityTotal,
    EightChainsShare EightChainsShare,
    IReadOnlyList<FigureCount> Figures,
    StartRate ProvincialStartRate)
{
    /// <param name="groups">Every chain or district, in the order to show them; each gets a row, with or without projects.</param>
    /// <param name="city">The subject of the totals row.</param>
    /// <param name="eightChains">The codes of the eight emerging chains.</param>
    /// <param name="targets">The year's targets for <paramref name="by"/>; a group without one has no target.</param>
    public static ProjectStatistics Compute(
        int year,
        TargetScope by,
        IReadOnlyList<StatisticsGroup> groups,
        StatisticsGroup city,
        IReadOnlySet<string> eightChains,
        IReadOnlyCollection<YearlyTarget> targets,
        IReadOnlyCollection<ProjectFacts> projects)
    {
        var targetOf = targets.Where(t => t.Year == year && t.Scope == by).ToDictionary(t => t.Code, StringComparer.Ordinal);
        var rows = groups.Select(group =>
        {
            var own = projects.Where(p => GroupCode(p, by) == group.Code).ToList();
            return Row(group, own, year, targetOf.GetValueOrDefault(group.Code), targeted: null);
        }).ToList();

        var targeted = projects.Where(p => targetOf.ContainsKey(GroupCode(p, by))).ToList();
        var cityTarget = targetOf.Count == 0 ? null : new YearlyTarget(year, by, city.Code)
        {
            Filed = targetOf.Values.Sum(t => t.Filed),
            Started = targetOf.Values.Sum(t => t.Started),
            Completed = targetOf.Values.Sum(t => t.Completed),
            InProduction = targetOf.Values.Sum(t => t.InProduction),
        };
        var total = Row(city, projects, year, cityTarget, targeted);

        var majorFiled = projects.Count(p => ProjectFigure.MajorFiledNewlyIntroduced.Counts(p, year, eightChains));
        var inEightChains = projects.Count(p => ProjectFigure.EightChainsMajorFiledNewlyIntroduced.Counts(p, year, eightChains));
        var share = new EightChainsShare(majorFiled, inEightChains, Percent.Of(inEightChains, majorFiled));

        var figures = ProjectFigure.All.Select(f => FigureCount.Of(f, projects, year, eightChains)).ToList();
        var provincial = StartRate.Of([.. projects.Where(p => p.IsProvincialMajor)], year);
        return new ProjectStatistics(year, by, rows, total, share, figures, provincial);
    }

    /// <param name="targeted">For the totals row: the projects of the groups that have a target, which alone are measured
    /// against the summed targets (traditional industries have no chain target, yet count in the city's numbers).</param>
    private static StatisticsRow Row(
        StatisticsGroup group, IReadOnlyCollection<ProjectFacts> projects, int year, YearlyTarget? target, IReadOnlyCollection<ProjectFacts>? targeted)
    {
        StageFigures Figures(Func<ProjectFacts, DateOnly?> reachedOn, int? stageTarget)
        {
            var reached = projects.Where(p => reachedOn(p)?.Year == year).ToList();
            int? againstTarget = targeted?.Count(p => p.IsMajor && reachedOn(p)?.Year == year);
            return StageFigures.Of(reached, stageTarget, againstTarget);
        }

        return new StatisticsRow(
            group,
            Figures(p => p.FiledOn, target?.Filed),
            Figures(p => p.StartedOn, target?.Started),
            Figures(p => p.CompletedOn, target?.Completed),
            Figures(p => p.InProductionOn, target?.InProduction),
            StartRate.Of(projects, year));
    }

    private static string GroupCode(ProjectFacts project, TargetScope by) =>
        by == TargetScope.Chain ? project.ChainCode : project.DistrictCode;

    /// <summary>The facts of a project as the statistics read them.</summary>
    public static ProjectFacts FactsOf(Project project) => new(
        project.ChainCode,
        project.DistrictCode,
        project.TotalInvestmentYi,
        project.IsMajor,
        project.FiledOn,
        project.Milestone(ProjectStage.Started).PlannedOn,
        project.Milestone(ProjectStage.Started).ReachedOn,
        project.Milestone(ProjectStage.Completed).ReachedOn,
        project.Milestone(ProjectStage.InProduction).ReachedOn,
        project.Id,
        project.Name,
        project.Kind,
        project.Origin,
        project.IsProvincialMajor,
        project.IsDigitalEconomyCore);
}
