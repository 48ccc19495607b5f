using System.Globalization;
using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.UseCases;

/// <param name="Year">The calendar year, e.g. "2024".</param>
/// <param name="By">"Chain" or "District".</param>
public sealed record ProjectStatisticsQuery(string? Year, string? By);

/// <summary>项目统计 — a year's filings, starts, completions and productions by chain or district, against the targets.</summary>
public sealed class GetProjectStatistics(ProjectsDbContext db, TimeProvider clock)
{
    /// <summary>No project on record is filed before this year.</summary>
    public const int FirstYear = 2000;

    /// <summary>A statistics year: from <see cref="FirstYear"/> to next year (its planned starts and targets are already known).</summary>
    internal static int? ParseYear(string? value, string field, bool required, TimeProvider clock, List<RuleViolation> violations)
    {
        var lastYear = HuzhouCalendar.Today(clock).Year + 1;
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                violations.Add(new(field, RuleCodes.Year.Required, $"{field} is required, e.g. 2024."));
            }

            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            violations.Add(new(field, RuleCodes.Year.Format, $"'{value}' is not a year, e.g. 2024."));
            return null;
        }

        if (parsed < FirstYear || parsed > lastYear)
        {
            violations.Add(new(field, RuleCodes.Year.OutOfRange, $"{field} {parsed} is not from {FirstYear} to {lastYear}."));
            return null;
        }

        return parsed;
    }

    public async Task<ProjectStatistics> HandleAsync(ProjectStatisticsQuery query, CancellationToken cancellationToken)
    {
        var violations = new List<RuleViolation>();
        var year = ParseYear(query.Year, "year", required: true, clock, violations);

        TargetScope? by = Enum.TryParse<TargetScope>(query.By?.Trim(), ignoreCase: true, out var scope) && Enum.IsDefined(scope)
            && !int.TryParse(query.By, out _) ? scope : null;
        if (by is null)
        {
            violations.Add(new("by", RuleCodes.Grouping.Unknown, $"'{query.By}' is not a grouping (Chain or District)."));
        }

        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        var (groups, city, eightChains) = await db.LoadStatisticsGroupsAsync(by!.Value, cancellationToken);
        var targets = await db.LoadYearlyTargetsAsync(year!.Value, by.Value, cancellationToken);
        var projects = await db.LoadProjectFactsAsync(year.Value, cancellationToken);
        return ProjectStatistics.Compute(year.Value, by.Value, groups, city, eightChains, targets, projects);
    }
}
