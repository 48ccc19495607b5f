using IndustryPlatform.Rules;

namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// 工业项目 — an industrial project followed from filing (备案) to full capacity (达产). Stages are reached one at a
/// time, never backwards in time and never in the future; every change is kept in <see cref="History"/>.
/// </summary>
public sealed class Project
{
    /// <summary>"大好高" projects: total investment of at least 3亿元.</summary>
    public const decimal MajorInvestmentYi = 3m;
    /// <summary>技改 — a technical upgrade is one from 500万元 (0.05亿元) of total investment.</summary>
    public const decimal UpgradeMinimumInvestmentYi = 0.05m;
    public const int NameMaxLength = 200;
    public const int ReasonMaxLength = 500;
    /// <summary>总投资 in 亿元 to 4 places (100元), below 10⁸亿元.</summary>
    public static readonly StoredNumber InvestmentColumn = new(12, 4);
    /// <summary>设备投资占比 in percent to 2 places.</summary>
    public static readonly StoredNumber ShareColumn = new(5, 2);

    private readonly List<ProjectMilestone> _milestones = [];
    private readonly List<ProjectChange> _history = [];

    private Project() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string EnterpriseCreditCode { get; private set; } = "";
    public string DistrictCode { get; private set; } = "";
    public string ChainCode { get; private set; } = "";
    public ProjectKind Kind { get; private set; }
    /// <summary>新引进 or 内生.</summary>
    public ProjectOrigin Origin { get; private set; }
    /// <summary>总投资, 亿元.</summary>
    public decimal TotalInvestmentYi { get; private set; }
    /// <summary>设备投资占比, percent.</summary>
    public decimal EquipmentInvestmentShare { get; private set; }
    /// <summary>Derived from the investment, kept as a column so that lists and statistics can filter on it.</summary>
    public bool IsMajor { get; private set; }
    /// <summary>列入省重大项目清单</summary>
    public bool IsProvincialMajor { get; private set; }
    /// <summary>数字经济核心产业项目</summary>
    public bool IsDigitalEconomyCore { get; private set; }
    /// <summary>撤销/退库 — the record stays, with its history, but it counts nowhere and takes no further change.</summary>
    public bool IsWithdrawn { get; private set; }
    /// <summary>Invented demonstration data (the demo portfolio), not a real filing.</summary>
    public bool IsDemo { get; private set; }
    public ProjectStage Stage { get; private set; }
    /// <summary>The planned date of the stage after <see cref="Stage"/>; null at capacity. Kept with the project so lists can sort and filter on it.</summary>
    public DateOnly? NextPlannedOn { get; private set; }
    public ProjectLight Light { get; private set; }
    public int DaysOverdue { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
    /// <summary>1 when registered, one more per change; a change must name the version it was based on.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ProjectMilestone> Milestones => _milestones;
    public IReadOnlyList<ProjectChange> History => _history;

    public ProjectMilestone Milestone(ProjectStage stage) => _milestones.Single(m => m.Stage == stage);

    public DateOnly FiledOn => Milestone(ProjectStage.Filed).ReachedOn!.Value;

    /// <summary>
    /// 项目备案 — checks every rule at once and refuses with all broken ones. The owning enterprise's existence is the
    /// caller's concern (it needs the database or Enterprises).
    /// </summary>
    public static Project Register(Guid id, ProjectDetails details, ProjectReferenceData reference, string changedBy, TimeProvider clock)
    {
        var violations = new List<RuleViolation>();
        var name = details.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            violations.Add(new("name", RuleCodes.Name.Required, "The project's name is required."));
        }
        else if (name.Length > NameMaxLength)
        {
            violations.Add(new("name", RuleCodes.Name.TooLong, $"The project's name is longer than {NameMaxLength} characters."));
        }

        var creditCode = details.EnterpriseCreditCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(creditCode))
        {
            violations.Add(new("enterprise_credit_code", RuleCodes.Enterprise.Required, "The owning enterprise's credit code is required."));
        }

        if (string.IsNullOrWhiteSpace(details.DistrictCode) || !reference.DistrictCodes.Contains(details.DistrictCode))
        {
            violations.Add(new("district_code", RuleCodes.District.Unknown, $"'{details.DistrictCode}' is not one of the city's districts."));
        }

        if (string.IsNullOrWhiteSpace(details.ChainCode) || !reference.ChainCodes.Contains(details.ChainCode))
        {
            violations.Add(new("chain_code", RuleCodes.Chain.Unknown, $"'{details.ChainCode}' is not a known industry chain."));
        }

        ProjectKind? kind = Enum.TryParse<ProjectKind>(details.Kind, ignoreCase: true, out var parsedKind)
            && Enum.IsDefined(parsedKind) && !int.TryParse(details.Kind, out _) ? parsedKind : null;
        if (kind is null)
        {
            violations.Add(new("kind", RuleCodes.Kind.Unknown,
                $"'{details.Kind}' is not a project kind (NewManufacturing, TechnicalUpgrade, LandRenewal)."));
        }

        if (details.TotalInvestmentYi <= 0)
        {
            violations.Add(new("total_investment_yi", RuleCodes.Investment.NotPositive, "The total investment (亿元) must be greater than zero."));
        }
        else if (InvestmentColumn.Check(details.TotalInvestmentYi, "total_investment_yi") is { } unstorable)
        {
            violations.Add(unstorable);
        }
        else if (kind == ProjectKind.TechnicalUpgrade && details.TotalInvestmentYi < UpgradeMinimumInvestmentYi)
        {
            violations.Add(new("total_investment_yi", RuleCodes.Project.UpgradeBelowMinimum,
                $"A technical upgrade (技改) project needs a total investment of at least {UpgradeMinimumInvestmentYi}亿元 (500万元); {details.TotalInvestmentYi}亿元 is less."));
        }

        ProjectOrigin? origin = null;
        if (string.IsNullOrWhiteSpace(details.Origin))
        {
            violations.Add(new("origin", RuleCodes.Origin.Required, "origin is required: NewlyIntroduced (新引进) or Endogenous (内生)."));
        }
        else if (Enum.TryParse<ProjectOrigin>(details.Origin.Trim(), ignoreCase: true, out var parsedOrigin)
                 && Enum.IsDefined(parsedOrigin) && !int.TryParse(details.Origin, out _))
        {
            origin = parsedOrigin;
        }
        else
        {
            violations.Add(new("origin", RuleCodes.Origin.Unknown, $"'{details.Origin}' is not an origin (NewlyIntroduced, Endogenous)."));
        }

        if (details.EquipmentInvestmentShare is < 0 or > 100)
        {
            violations.Add(new("equipment_investment_share", RuleCodes.EquipmentShare.OutOfRange, "The equipment investment share is a percentage from 0 to 100."));
        }
        else if (ShareColumn.Check(details.EquipmentInvestmentShare, "equipment_investment_share") is { } unstorable)
        {
            violations.Add(unstorable);
        }

        var today = HuzhouCalendar.Today(clock);
        var filedOn = DateRule.Required(details.FiledOn, "filed_on", violations);
        if (filedOn > today)
        {
            violations.Add(new("filed_on", RuleCodes.Date.InFuture, $"The filing date {filedOn:yyyy-MM-dd} is after today ({today:yyyy-MM-dd})."));
        }

        var planned = new (ProjectStage Stage, string Field, string? Value)[]
        {
            (ProjectStage.Started, "planned_start_on", details.Plan.StartOn),
            (ProjectStage.Completed, "planned_completion_on", details.Plan.CompletionOn),
            (ProjectStage.InProduction, "planned_production_on", details.Plan.ProductionOn),
            (ProjectStage.AboveScale, "planned_above_scale_on", details.Plan.AboveScaleOn),
            (ProjectStage.AtCapacity, "planned_at_capacity_on", details.Plan.AtCapacityOn),
        };
        var plan = new List<(ProjectStage Stage, DateOnly On)>();
        var previous = filedOn;
        var previousField = "filed_on";
        foreach (var (stage, field, value) in planned)
        {
            var date = DateRule.Required(value, field, violations);
            if (date is null)
            {
                continue;
            }

            if (previous is not null && date < previous)
            {
                violations.Add(new(field, RuleCodes.Plan.OutOfOrder, $"{field} {date:yyyy-MM-dd} is before {previousField} {previous:yyyy-MM-dd}."));
            }

            plan.Add((stage, date.Value));
            previous = date;
            previousField = field;
        }

        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        var now = HuzhouCalendar.Now(clock);
        var project = new Project
        {
            Id = id,
            Name = name!,
            EnterpriseCreditCode = creditCode!,
            DistrictCode = details.DistrictCode!,
            ChainCode = details.ChainCode!,
            Kind = kind!.Value,
            Origin = origin!.Value,
            TotalInvestmentYi = details.TotalInvestmentYi,
            EquipmentInvestmentShare = details.EquipmentInvestmentShare,
            IsMajor = details.TotalInvestmentYi >= MajorInvestmentYi,
            IsProvincialMajor = details.IsProvincialMajor,
            IsDigitalEconomyCore = details.IsDigitalEconomyCore,
            Stage = ProjectStage.Filed,
            Light = ProjectLight.Green,
            RegisteredAt = now,
            ChangedAt = now,
            Version = 1,
        };
        project._milestones.Add(new ProjectMilestone(ProjectStage.Filed, filedOn!.Value, filedOn));
        project._milestones.AddRange(plan.Select(p => new ProjectMilestone(p.Stage, p.On, null)));
        project._history.Add(new ProjectChange(1, ProjectChangeKind.Registered, ProjectStage.Filed, filedOn.Value, null, null, changedBy, now));
        project.NextPlannedOn = project.Milestone(ProjectStage.Started).PlannedOn;
        return project;
    }

    /// <summary>Reaches <paramref name="stage"/> on <paramref name="reachedOn"/>: only the next stage, not before the previous one, not in the future.</summary>
    public void Advance(int expectedVersion, ProjectStage? stage, string? reachedOn, string changedBy, TimeProvider clock)
    {
        var violations = new List<RuleViolation>();
        if (stage is null)
        {
            violations.Add(new("stage", RuleCodes.Stage.Unknown, "stage must name a stage: Started, Completed, InProduction, AboveScale or AtCapacity."));
        }

        var date = DateRule.Required(reachedOn, "reached_on", violations);
        RequireVersionGiven(expectedVersion, violations);
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        CheckVersion(expectedVersion);
        RefuseIfWithdrawn();

        var next = Stage.Next();
        if (next is null)
        {
            throw new InvalidInputException([new("stage", RuleCodes.Project.AtCapacity, $"Project {Id} is already at capacity (达产); there is no further stage.")]);
        }

        if (stage != next)
        {
            throw new InvalidInputException([new("stage", RuleCodes.Stage.OutOfOrder,
                $"Project {Id} is at {Stage} ({Stage.NameZh()}); the next stage is {next} ({next.Value.NameZh()}), not {stage}.")]);
        }

        var previousOn = Milestone(Stage).ReachedOn!.Value;
        if (date < previousOn)
        {
            throw new InvalidInputException([new("reached_on", RuleCodes.Stage.BeforePreviousStage,
                $"{stage} on {date:yyyy-MM-dd} would be before {Stage} on {previousOn:yyyy-MM-dd}.")]);
        }

        var today = HuzhouCalendar.Today(clock);
        if (date > today)
        {
            throw new InvalidInputException([new("reached_on", RuleCodes.Date.InFuture, $"{date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}).")]);
        }

        Milestone(next.Value).ReachedOn = date;
        Stage = next.Value;
        Record(ProjectChangeKind.Advanced, next.Value, date!.Value, null, null, changedBy, clock);
    }

    /// <summary>调整计划 — moves a stage's planned date; only stages not yet reached, never before the current stage's date, always with a reason.</summary>
    public void Replan(int expectedVersion, ProjectStage? stage, string? plannedOn, string? reason, string changedBy, TimeProvider clock)
    {
        var violations = new List<RuleViolation>();
        if (stage is null or ProjectStage.Filed)
        {
            violations.Add(new("stage", RuleCodes.Stage.Unknown, "stage must name a planned stage: Started, Completed, InProduction, AboveScale or AtCapacity."));
        }

        var date = DateRule.Required(plannedOn, "planned_on", violations);
        var why = ReasonRule.Required(reason, "A re-plan", ReasonMaxLength, violations);

        RequireVersionGiven(expectedVersion, violations);
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        CheckVersion(expectedVersion);
        RefuseIfWithdrawn();

        var milestone = Milestone(stage!.Value);
        if (milestone.ReachedOn is not null)
        {
            throw new InvalidInputException([new("stage", RuleCodes.Stage.AlreadyReached,
                $"{stage} was reached on {milestone.ReachedOn:yyyy-MM-dd}; only stages still ahead can be re-planned.")]);
        }

        var currentOn = Milestone(Stage).ReachedOn!.Value;
        if (date < currentOn)
        {
            throw new InvalidInputException([new("planned_on", RuleCodes.Plan.BeforeCurrentStage,
                $"{date:yyyy-MM-dd} is before the current stage {Stage} reached on {currentOn:yyyy-MM-dd}.")]);
        }

        var previous = milestone.PlannedOn;
        milestone.PlannedOn = date!.Value;
        Record(ProjectChangeKind.Replanned, stage.Value, date.Value, previous, why, changedBy, clock);
    }

    /// <summary>
    /// 撤销 — the project is withdrawn (退库): its record and history stay, it leaves every list, light and figure, and it
    /// takes no further change. Always with a reason.
    /// </summary>
    public void Withdraw(int expectedVersion, string? reason, string changedBy, TimeProvider clock)
    {
        var violations = new List<RuleViolation>();
        var why = ReasonRule.Required(reason, "A withdrawal", ReasonMaxLength, violations);

        RequireVersionGiven(expectedVersion, violations);
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        CheckVersion(expectedVersion);
        if (IsWithdrawn)
        {
            throw new AlreadyExistsException(RuleCodes.Project.Withdrawn, $"Project {Id} is already withdrawn.");
        }

        // The light goes out when the caller reassesses it (and announces that), as after any change.
        IsWithdrawn = true;
        Record(ProjectChangeKind.Withdrawn, Stage, HuzhouCalendar.Today(clock), null, why, changedBy, clock);
        NextPlannedOn = null;
    }

    /// <summary>Marks a project of the demo portfolio; only the demo seeder does.</summary>
    public void MarkAsDemo() => IsDemo = true;

    /// <summary>
    /// 亮灯 — how far the next stage is past its plan on <paramref name="today"/>. Returns true when the light changed
    /// (the caller announces it). Not a change of the project itself: the version stays.
    /// </summary>
    public bool ReassessLight(DateOnly today, WarningThresholds thresholds)
    {
        var previous = Light;
        DaysOverdue = OverdueDays(today);
        Light = thresholds.LightFor(DaysOverdue);
        return Light != previous;
    }

    /// <summary>Days the next stage is past its planned date on <paramref name="today"/>; 0 when on time or at capacity.</summary>
    public int OverdueDays(DateOnly today)
    {
        if (IsWithdrawn)
        {
            return 0;
        }

        return NextPlannedOn is { } planned ? Math.Max(0, today.DayNumber - planned.DayNumber) : 0;
    }

    private static void RequireVersionGiven(int expectedVersion, List<RuleViolation> violations)
    {
        if (expectedVersion < 1)
        {
            violations.Add(new("expected_version", RuleCodes.ExpectedVersion.Required,
                "The version the change is based on (expected_version, from the last read) is required."));
        }
    }

    private void RefuseIfWithdrawn()
    {
        if (IsWithdrawn)
        {
            throw new InvalidInputException([new("project_id", RuleCodes.Project.Withdrawn, $"Project {Id} was withdrawn; it takes no further change.")]);
        }
    }

    private void CheckVersion(int expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw new ConcurrencyConflictException(RuleCodes.Project.VersionStale,
                $"Project {Id} is at version {Version}; the change was based on version {expectedVersion}. Read it again and reapply the change.");
        }
    }

    private void Record(ProjectChangeKind kind, ProjectStage stage, DateOnly date, DateOnly? previous, string? reason, string changedBy, TimeProvider clock)
    {
        var now = HuzhouCalendar.Now(clock);
        Version++;
        ChangedAt = now;
        NextPlannedOn = Stage.Next() is { } next ? Milestone(next).PlannedOn : null;
        _history.Add(new ProjectChange(Version, kind, stage, date, previous, reason, changedBy, now));
    }
}
