using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.UseCases;

/// <param name="List">ToStart, ToComplete, ToReachScale or Stuck.</param>
/// <param name="From">Start of the period (yyyy-MM-dd); the three lists only.</param>
/// <param name="To">End of the period, included.</param>
/// <param name="NotYet">Stuck only: the stage waited for (Started = 未开工 … AtCapacity = 未达产); empty for all five.</param>
public sealed record ListProjectsQuery(
    string? List, string? From, string? To, string? NotYet, string? DistrictCode, string? ChainCode, int Page, int PageSize);

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
    ProjectLight Light);

public sealed record ProjectPage(int Page, int PageSize, int Total, IReadOnlyList<ListedProject> Items);

/// <summary>三张清单 and 破五未: one list at a time, filtered by district and chain, a page at a time, earliest planned first.</summary>
public sealed class ListProjects(ProjectsDbContext db, TimeProvider clock)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public async Task<ProjectPage> HandleAsync(ListProjectsQuery query, CancellationToken cancellationToken)
    {
        var violations = new List<RuleViolation>();
        ProjectListKind? kind = Enum.TryParse<ProjectListKind>(query.List, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            && !int.TryParse(query.List, out _) ? parsed : null;
        if (kind is null)
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

        var page = query.Page == 0 ? 1 : query.Page;
        var pageSize = query.PageSize == 0 ? DefaultPageSize : query.PageSize;
        if (page < 1)
        {
            violations.Add(new("page", RuleCodes.Page.OutOfRange, "page counts from 1."));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            violations.Add(new("page_size", RuleCodes.Page.SizeOutOfRange, $"page_size is from 1 to {MaxPageSize}."));
        }

        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        var today = HuzhouCalendar.Today(clock);
        var onList = kind == ProjectListKind.Stuck
            ? ProjectLists.Stuck(today, notYet)
            : ProjectLists.DuePeriod(kind!.Value, from!.Value, to!.Value);
        var matching = db.Projects.AsNoTracking()
            .Where(onList)
            .Where(ProjectLists.In(Blank(query.DistrictCode), Blank(query.ChainCode)));

        var total = await matching.CountAsync(cancellationToken);
        var rows = await matching
            .OrderBy(p => p.NextPlannedOn).ThenBy(p => p.Id)
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
                p.OverdueDays(today), p.Light);
        }).ToList();
        return new ProjectPage(page, pageSize, total, items);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
