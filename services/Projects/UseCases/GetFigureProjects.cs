using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.UseCases;

/// <param name="Figure">A figure's code, e.g. "major-started" (<see cref="ProjectFigure.All"/>).</param>
/// <param name="District">Only this district's projects; empty for the whole city.</param>
public sealed record FigureProjectsQuery(string? Figure, string? Year, string? District, int Page, int PageSize);

/// <summary>One project behind a figure, and the date that made it count.</summary>
public sealed record FigureProject(Guid Id, string Name, string DistrictCode, string ChainCode, decimal TotalInvestmentYi, DateOnly CountedOn);

public sealed record FigureProjectPage(
    string Figure, string NameZh, int Year, string? District, int Page, int PageSize, int Total, decimal InvestmentYi, IReadOnlyList<FigureProject> Items);

/// <summary>
/// 统计穿透 — which projects make a figure of the statistics ("which 58?"): the same facts and the same filter as the
/// figure itself, so the total here is the figure there; earliest first, a page at a time.
/// </summary>
public sealed class GetFigureProjects(ProjectsDbContext db, TimeProvider clock)
{
    public async Task<FigureProjectPage> HandleAsync(FigureProjectsQuery query, CancellationToken cancellationToken)
    {
        var violations = new List<RuleViolation>();
        var figure = ProjectFigure.Find(query.Figure);
        if (figure is null)
        {
            violations.Add(new("figure", RuleCodes.StatisticsFigure.Unknown,
                $"'{query.Figure}' is not a figure of the statistics ({string.Join(", ", ProjectFigure.All.Select(f => f.Code))})."));
        }

        var year = GetProjectStatistics.ParseYear(query.Year, "year", required: true, clock, violations);
        var (page, pageSize) = Paging.Check(query.Page, query.PageSize, violations);
        var district = string.IsNullOrWhiteSpace(query.District) ? null : query.District.Trim();
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        var eightChains = await db.LoadEightChainsAsync(cancellationToken);
        var counted = (await db.LoadProjectFactsAsync(year!.Value, cancellationToken, district))
            .Where(p => figure!.Counts(p, year.Value, eightChains))
            .Select(p => new FigureProject(p.Id, p.Name, p.DistrictCode, p.ChainCode, p.TotalInvestmentYi, figure!.CountedOn(p, year.Value)))
            .OrderBy(p => p.CountedOn).ThenBy(p => p.Id)
            .ToList();
        return new FigureProjectPage(figure!.Code, figure.NameZh, year.Value, district, page, pageSize, counted.Count,
            counted.Sum(p => p.TotalInvestmentYi), [.. counted.Skip((page - 1) * pageSize).Take(pageSize)]);
    }
}
