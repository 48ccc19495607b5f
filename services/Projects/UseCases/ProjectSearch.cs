using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.UseCases;

/// <summary>The search filters, checked by rule and applied to the projects as the database runs them.</summary>
internal sealed record ProjectSearch(
    ProjectKind? Kind, ProjectStage? Stage, ProjectOrigin? Origin, bool? IsMajor, bool? IsProvincialMajor, bool? IsDigitalEconomyCore,
    int? FiledYear, int? StartedYear, decimal? MinInvestmentYi, decimal? MaxInvestmentYi)
{
    public static ProjectSearch Check(ProjectFilters filters, TimeProvider clock, List<RuleViolation> violations)
    {
        var kind = Named<ProjectKind>(filters.Kind, "kind", RuleCodes.Kind.Unknown, violations);
        var stage = Named<ProjectStage>(filters.Stage, "stage", RuleCodes.Stage.Unknown, violations);
        var origin = Named<ProjectOrigin>(filters.Origin, "origin", RuleCodes.Origin.Unknown, violations);
        var filedYear = Year(filters.FiledYear, "filed_year", clock, violations);
        var startedYear = Year(filters.StartedYear, "started_year", clock, violations);
        if (filters.MinInvestmentYi > filters.MaxInvestmentYi)
        {
            violations.Add(new("max_investment_yi", RuleCodes.InvestmentRange.Reversed,
                $"The maximum investment ({filters.MaxInvestmentYi}亿) is below the minimum ({filters.MinInvestmentYi}亿)."));
        }

        return new(kind, stage, origin, filters.IsMajor, filters.IsProvincialMajor, filters.IsDigitalEconomyCore,
            filedYear, startedYear, filters.MinInvestmentYi, filters.MaxInvestmentYi);
    }

    public IQueryable<Project> Apply(IQueryable<Project> projects)
    {
        if (Kind is { } kind)
        {
            projects = projects.Where(p => p.Kind == kind);
        }

        if (Stage is { } stage)
        {
            projects = projects.Where(p => p.Stage == stage);
        }

        if (Origin is { } origin)
        {
            projects = projects.Where(p => p.Origin == origin);
        }

        if (IsMajor is { } major)
        {
            projects = projects.Where(p => p.IsMajor == major);
        }

        if (IsProvincialMajor is { } provincial)
        {
            projects = projects.Where(p => p.IsProvincialMajor == provincial);
        }

        if (IsDigitalEconomyCore is { } digital)
        {
            projects = projects.Where(p => p.IsDigitalEconomyCore == digital);
        }

        if (MinInvestmentYi is { } min)
        {
            projects = projects.Where(p => p.TotalInvestmentYi >= min);
        }

        if (MaxInvestmentYi is { } max)
        {
            projects = projects.Where(p => p.TotalInvestmentYi <= max);
        }

        projects = ReachedIn(projects, ProjectStage.Filed, FiledYear);
        return ReachedIn(projects, ProjectStage.Started, StartedYear);
    }

    private static IQueryable<Project> ReachedIn(IQueryable<Project> projects, ProjectStage stage, int? year)
    {
        if (year is not { } y)
        {
            return projects;
        }

        var from = new DateOnly(y, 1, 1);
        var to = new DateOnly(y, 12, 31);
        return projects.Where(p => p.Milestones.Any(m => m.Stage == stage && m.ReachedOn >= from && m.ReachedOn <= to));
    }

    private static T? Named<T>(string? value, string field, RuleCode unknown, List<RuleViolation> violations) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        violations.Add(new(field, unknown, $"'{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}."));
        return null;
    }

    private static int? Year(int? year, string field, TimeProvider clock, List<RuleViolation> violations) =>
        year is null or 0 ? null : GetProjectStatistics.ParseYear(year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), field, required: false, clock, violations);
}
