using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.UseCases;

/// <param name="List">ToStart, ToComplete, ToReachScale or Stuck; null to search every project by <paramref name="Filters"/> alone.</param>
/// <param name="From">Start of the period (yyyy-MM-dd); the three lists only.</param>
/// <param name="To">End of the period, included.</param>
/// <param name="NotYet">Stuck only: the stage waited for (Started = 未开工 … AtCapacity = 未达产); empty for all five.</param>
public sealed record ListProjectsQuery(
    string? List, string? From, string? To, string? NotYet, string? DistrictCode, string? ChainCode, int Page, int PageSize,
    ProjectFilters? Filters = null);

/// <summary>项目查询 — what a search (or a list) narrows to; each left null is not a filter.</summary>
/// <param name="Kind">NewManufacturing, TechnicalUpgrade or LandRenewal.</param>
/// <param name="Stage">The stage the project stands at (e.g. Started).</param>
/// <param name="Origin">NewlyIntroduced or Endogenous.</param>
/// <param name="FiledYear">Filed (备案) in this year.</param>
/// <param name="StartedYear">Started (开工) in this year.</param>
/// <param name="MinInvestmentYi">Total investment of at least this many 亿元.</param>
/// <param name="MaxInvestmentYi">Total investment of at most this many 亿元.</param>
public sealed record ProjectFilters(
    string? Kind = null, string? Stage = null, string? Origin = null, bool? IsMajor = null, bool? IsProvincialMajor = null,
    bool? IsDigitalEconomyCore = null, int? FiledYear = null, int? StartedYear = null, decimal? MinInvestmentYi = null, decimal? MaxInvestmentYi = null);

/// <summary>A project on a list: who, where, and how its next stage stands.</summary>
public sealed record ListedProject(
    Guid Id,
    string Name,
    string EnterpriseCreditCode,
    string? EnterpriseName,
    string DistrictCode,
    string ChainCode,
    decimal TotalInvestmentYi,
    bool IsMajor,
    ProjectStage Stage,
    ProjectStage? NextStage,
    DateOnly? NextPlannedOn,
    int DaysOverdue,
    ProjectLight Light,
    ProjectKind Kind,
    ProjectOrigin Origin,
    bool IsProvincialMajor,
    bool IsDigitalEconomyCore);

public sealed record ProjectPage(int Page, int PageSize, int Total, IReadOnlyList<ListedProject> Items);

/// <summary>
/// 三张清单 and 破五未: one list at a time, earliest planned first; without a list, 项目查询 — every project, in the
/// order registered. Either way filtered by district, chain and <see cref="ProjectFilters"/>, a page at a time, and
/// never a withdrawn project.
/// </summary>
public sealed class ListProjects(ProjectsDbContext db, TimeProvider clock)
{
    public const int DefaultPageSize = Paging.DefaultPageSize;
    public const int MaxPageSize = Paging.MaxPageSize;

    public async Task<ProjectPage> HandleAsync(ListProjectsQuery query, CancellationToken cancellationToken)
    {
        var violations = new List<RuleViolation>();
        var searching = query.List is null;
        ProjectListKind? kind = Enum.TryParse<ProjectListKind>(query.List, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            && !int.TryParse(query.List, out _) ? parsed : null;
        if (kind is null && !searching)
        {
            violations.Add(new("list", RuleCodes.List.Unknown, $"'{query.List}' is not a list (ToStart, ToComplete, ToReachScale, Stuck)."));
        }

        DateOnly? from = null, to = null;
        if (kind is not null and not ProjectListKind.Stuck)
        {
            from = DateRule.Required(query.From, "from", violations);
            to = DateRule.Required(query.To, "to", violations);
            if (from > to)
            {
                violations.Add(new("to", RuleCodes.DateRange.Reversed, $"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})."));
            }
        }

        ProjectStage? notYet = null;
        if (!string.IsNullOrWhiteSpace(query.NotYet))
        {
            notYet = ProjectStages.Parse(query.NotYet);
            if (notYet is null or ProjectStage.Filed)
            {
                violations.Add(new("not_yet", RuleCodes.Stage.Unknown, $"'{query.NotYet}' is not a stage a project can be waiting for (Started … AtCapacity)."));
            }
        }

        var (page, pageSize) = Paging.Check(query.Page, query.PageSize, violations);
        var filters = ProjectSearch.Check(query.Filters ?? new ProjectFilters(), clock, violations);
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        var today = HuzhouCalendar.Today(clock);
        var matching = filters.Apply(db.Projects.AsNoTracking()
            .Where(p => !p.IsWithdrawn)
            .Where(ProjectLists.In(Blank(query.DistrictCode), Blank(query.ChainCode))));
        if (!searching)
        {
            matching = matching.Where(kind == ProjectListKind.Stuck
                ? ProjectLists.Stuck(today, notYet)
                : ProjectLists.DuePeriod(kind!.Value, from!.Value, to!.Value));
        }

        var total = await matching.CountAsync(cancellationToken);
        var ordered = searching ? matching.OrderBy(p => p.Id) : matching.OrderBy(p => p.NextPlannedOn).ThenBy(p => p.Id);
        var rows = await ordered
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        var codes = rows.Select(p => p.EnterpriseCreditCode).Distinct().ToList();
        var names = await db.KnownEnterprises.AsNoTracking()
            .Where(e => codes.Contains(e.CreditCode))
            .ToDictionaryAsync(e => e.CreditCode, e => e.NameZh, cancellationToken);

        var items = rows.Select(p =>
        {
            return new ListedProject(p.Id, p.Name, p.EnterpriseCreditCode, names.GetValueOrDefault(p.EnterpriseCreditCode),
                p.DistrictCode, p.ChainCode, p.TotalInvestmentYi, p.IsMajor, p.Stage, p.Stage.Next(), p.NextPlannedOn,
                p.OverdueDays(today), p.Light, p.Kind, p.Origin, p.IsProvincialMajor, p.IsDigitalEconomyCore);
        }).ToList();
        return new ProjectPage(page, pageSize, total, items);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
