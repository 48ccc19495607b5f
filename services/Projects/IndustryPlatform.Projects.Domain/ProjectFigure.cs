namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// 统计口径 — one figure the statistics count, declared once: which projects make it in a year, and the date that made
/// each count. The statistics, their drill-down and (by the same definitions) Indicators count with these filters:
/// major = ≥3亿; a stage counts in the year its actual date falls in; 技改/腾笼换鸟/新制造 and 新引进/内生 by filing.
/// Withdrawn projects are never among the facts.
/// </summary>
public sealed class ProjectFigure
{
    private readonly Func<ProjectFacts, int, IReadOnlySet<string>, bool> _counts;
    private readonly Func<ProjectFacts, DateOnly?> _countedOn;

    private ProjectFigure(string code, string nameZh, Func<ProjectFacts, DateOnly?> countedOn, Func<ProjectFacts, int, IReadOnlySet<string>, bool>? also = null)
    {
        Code = code;
        NameZh = nameZh;
        _countedOn = countedOn;
        _counts = (p, year, eightChains) => countedOn(p)?.Year == year && (also?.Invoke(p, year, eightChains) ?? true);
    }

    public string Code { get; }
    public string NameZh { get; }

    public static readonly ProjectFigure Filed = new("filed", "新备案项目", p => p.FiledOn);
    public static readonly ProjectFigure Started = new("started", "新开工项目", p => p.StartedOn);
    public static readonly ProjectFigure Completed = new("completed", "新竣工项目", p => p.CompletedOn);
    public static readonly ProjectFigure InProduction = new("in-production", "新投产项目", p => p.InProductionOn);
    public static readonly ProjectFigure MajorFiled = new("major-filed", "新备案3亿元以上项目", p => p.FiledOn, (p, _, _) => p.IsMajor);
    public static readonly ProjectFigure MajorStarted = new("major-started", "新开工3亿元以上项目", p => p.StartedOn, (p, _, _) => p.IsMajor);
    public static readonly ProjectFigure MajorCompleted = new("major-completed", "新竣工3亿元以上项目", p => p.CompletedOn, (p, _, _) => p.IsMajor);

    /// <summary>新引进且备案3亿元以上项目.</summary>
    public static readonly ProjectFigure MajorFiledNewlyIntroduced = new("major-filed-newly-introduced", "新引进且备案3亿元以上项目",
        p => p.FiledOn, (p, _, _) => p.IsMajor && p.Origin == ProjectOrigin.NewlyIntroduced);

    /// <summary>新引进且备案3亿元以上八大链项目.</summary>
    public static readonly ProjectFigure EightChainsMajorFiledNewlyIntroduced = new("eight-chains-major-filed-newly-introduced",
        "新引进且备案3亿元以上八大链项目", p => p.FiledOn,
        (p, _, eightChains) => p.IsMajor && p.Origin == ProjectOrigin.NewlyIntroduced && eightChains.Contains(p.ChainCode));

    public static readonly ProjectFigure NewManufacturingFiled = new("new-manufacturing-filed", "新制造业项目", p => p.FiledOn,
        (p, _, _) => p.Kind == ProjectKind.NewManufacturing);

    /// <summary>技改项目 (≥500万元, the registration rule).</summary>
    public static readonly ProjectFigure TechnicalUpgradeFiled = new("technical-upgrade-filed", "技改项目", p => p.FiledOn,
        (p, _, _) => p.Kind == ProjectKind.TechnicalUpgrade);

    public static readonly ProjectFigure LandRenewalFiled = new("land-renewal-filed", "腾笼换鸟项目", p => p.FiledOn,
        (p, _, _) => p.Kind == ProjectKind.LandRenewal);

    public static readonly ProjectFigure NewlyIntroducedFiled = new("newly-introduced-filed", "新引进项目", p => p.FiledOn,
        (p, _, _) => p.Origin == ProjectOrigin.NewlyIntroduced);

    public static readonly ProjectFigure EndogenousFiled = new("endogenous-filed", "内生项目", p => p.FiledOn,
        (p, _, _) => p.Origin == ProjectOrigin.Endogenous);

    /// <summary>数字经济核心产业3亿元以上项目开工.</summary>
    public static readonly ProjectFigure DigitalEconomyCoreStarted = new("digital-economy-core-started", "数字经济核心产业项目开工",
        p => p.StartedOn, (p, _, _) => p.IsDigitalEconomyCore && p.IsMajor);

    /// <summary>省重大项目清单 — planned to start in the year (the 开工率's denominator), dated by the plan.</summary>
    public static readonly ProjectFigure ProvincialPlannedToStart = new("provincial-planned-to-start", "省重大项目计划开工",
        p => p.PlannedStartOn, (p, _, _) => p.IsProvincialMajor);

    /// <summary>省重大项目清单 — of those planned to start in the year, the ones started by its end (the 开工率's numerator).</summary>
    public static readonly ProjectFigure ProvincialStarted = new("provincial-started", "省重大项目已开工",
        p => p.PlannedStartOn, (p, year, _) => p.IsProvincialMajor && p.StartedOn <= new DateOnly(year, 12, 31));

    public static IReadOnlyList<ProjectFigure> All { get; } =
    [
        Filed, Started, Completed, InProduction, MajorFiled, MajorStarted, MajorCompleted, MajorFiledNewlyIntroduced,
        EightChainsMajorFiledNewlyIntroduced, NewManufacturingFiled, TechnicalUpgradeFiled, LandRenewalFiled,
        NewlyIntroducedFiled, EndogenousFiled, DigitalEconomyCoreStarted, ProvincialPlannedToStart, ProvincialStarted,
    ];

    /// <summary>The figure with this code (case-insensitive); null when there is none.</summary>
    public static ProjectFigure? Find(string? code) =>
        All.FirstOrDefault(f => string.Equals(f.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public bool Counts(ProjectFacts project, int year, IReadOnlySet<string> eightChains) => _counts(project, year, eightChains);

    /// <summary>The date that made <paramref name="project"/> count: the stage's actual date (the planned start for the provincial list's).</summary>
    public DateOnly CountedOn(ProjectFacts project, int year) =>
        this == ProvincialStarted ? project.StartedOn!.Value : _countedOn(project)!.Value;
}
