using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.UseCases;

/// <param name="Industry">A GB/T 4754 code or its start: C, C38, C3841.</param>
/// <param name="Sort">A field, descending with a leading '-': perMuRank (the default), perMuScore, carbonGrade, carbonRatio, creditCode, name, district, industry.</param>
/// <param name="Page">1-based.</param>
public sealed record EvaluationListQuery(
    int Year,
    int? CarbonGrade = null,
    string? PerMuClass = null,
    string? District = null,
    string? Industry = null,
    string? Sort = null,
    int Page = 1,
    int PageSize = 20);

public sealed record EnterpriseStandingPage(int Year, IReadOnlyList<EnterpriseStanding> Items, int Page, int PageSize, int TotalCount);

/// <summary>
/// 企业评价清单 — the enterprises of the city-wide evaluation filtered by carbon grade, 亩均 class, district and industry,
/// sorted, paged; or every matching row for an export. Ties fall back to the credit code so pages are stable; enterprises
/// without a carbon grade come last whichever way grades are sorted.
/// </summary>
public sealed class ListEvaluatedEnterprises(GetCityEvaluation evaluate)
{
    public const int MaxPageSize = PageRequest.MaxPageSize;

    private static readonly string[] SortFields = ["perMuRank", "perMuScore", "carbonGrade", "carbonRatio", "creditCode", "name", "district", "industry"];

    public async Task<EnterpriseStandingPage> PageAsync(EvaluationListQuery query, CancellationToken cancellationToken)
    {
        InvalidInputException.ThrowIfAny([.. Check(query), .. PageRequest.Violations(query.Page, query.PageSize)]);
        var rows = await MatchingAsync(query, cancellationToken);
        return new EnterpriseStandingPage(query.Year, [.. rows.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], query.Page, query.PageSize, rows.Count);
    }

    /// <summary>Every matching row, in order, paging ignored: what a CSV export holds.</summary>
    public async Task<IReadOnlyList<EnterpriseStanding>> AllAsync(EvaluationListQuery query, CancellationToken cancellationToken)
    {
        InvalidInputException.ThrowIfAny(Check(query));
        return await MatchingAsync(query, cancellationToken);
    }

    private async Task<List<EnterpriseStanding>> MatchingAsync(EvaluationListQuery query, CancellationToken cancellationToken)
    {
        var evaluation = (await evaluate.HandleAsync(query.Year, cancellationToken)).Evaluation;
        IEnumerable<EnterpriseStanding> rows = evaluation.Standings;
        if (query.CarbonGrade is { } grade)
        {
            rows = rows.Where(s => s.CarbonGrade == grade);
        }

        if (ParseClass(query.PerMuClass) is { } perMuClass)
        {
            rows = rows.Where(s => s.PerMuClass == perMuClass);
        }

        if (!string.IsNullOrWhiteSpace(query.District))
        {
            var district = query.District.Trim();
            rows = rows.Where(s => string.Equals(s.DistrictCode, district, StringComparison.OrdinalIgnoreCase));
        }

        if (!string.IsNullOrWhiteSpace(query.Industry))
        {
            var industry = query.Industry.Trim();
            rows = rows.Where(s => s.IndustryCode.StartsWith(industry, StringComparison.OrdinalIgnoreCase));
        }

        return [.. Sorted(rows, query.Sort)];
    }

    private static List<RuleViolation> Check(EvaluationListQuery query)
    {
        var violations = new List<RuleViolation>();
        if (query.CarbonGrade is { } grade and (< 1 or > 5))
        {
            violations.Add(new("carbon_grade", RuleCodes.CarbonGrade.OutOfRange, $"Carbon-efficiency grades run 1–5; {grade} was asked for."));
        }

        if (!string.IsNullOrWhiteSpace(query.PerMuClass) && ParseClass(query.PerMuClass) is null)
        {
            violations.Add(new("per_mu_class", RuleCodes.PerMuClass.Unknown, $"'{query.PerMuClass}' is not a 亩均 class: A, B, C or D."));
        }

        if (!string.IsNullOrWhiteSpace(query.Sort) && !SortFields.Contains(query.Sort.Trim().TrimStart('-'), StringComparer.OrdinalIgnoreCase))
        {
            violations.Add(new("sort", RuleCodes.Sort.Unknown,
                $"'{query.Sort}' is not a sort field: {string.Join(", ", SortFields)}, each descending with a leading '-'."));
        }

        return violations;
    }

    private static PerMuClass? ParseClass(string? value) =>
        value?.Trim().ToUpperInvariant() is { Length: 1 } letter && Enum.TryParse<PerMuClass>(letter, out var parsed) ? parsed : null;

    private static IEnumerable<EnterpriseStanding> Sorted(IEnumerable<EnterpriseStanding> rows, string? sort)
    {
        var spec = string.IsNullOrWhiteSpace(sort) ? "perMuRank" : sort.Trim();
        var descending = spec.StartsWith('-');
        var ordered = spec.TrimStart('-').ToLowerInvariant() switch
        {
            "permuscore" => Order(rows, s => s.PerMuScore, descending),
            "carbongrade" => Then(rows.OrderBy(s => s.CarbonGrade is null), s => s.CarbonGrade, descending),
            "carbonratio" => Then(rows.OrderBy(s => s.CarbonRatio is null), s => s.CarbonRatio, descending),
            "creditcode" => Order(rows, s => s.CreditCode, descending, StringComparer.Ordinal),
            "name" => Order(rows, s => s.NameZh, descending, StringComparer.Ordinal),
            "district" => Order(rows, s => s.DistrictCode, descending, StringComparer.Ordinal),
            "industry" => Order(rows, s => s.IndustryCode, descending, StringComparer.Ordinal),
            _ => Order(rows, s => s.PerMuRank, descending),
        };
        return ordered.ThenBy(s => s.CreditCode, StringComparer.Ordinal);
    }

    private static IOrderedEnumerable<EnterpriseStanding> Order<TKey>(
        IEnumerable<EnterpriseStanding> rows, Func<EnterpriseStanding, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);

    private static IOrderedEnumerable<EnterpriseStanding> Then<TKey>(
        IOrderedEnumerable<EnterpriseStanding> rows, Func<EnterpriseStanding, TKey> key, bool descending) =>
        descending ? rows.ThenByDescending(key) : rows.ThenBy(key);
}
