using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <param name="AboveScaleYear">The year the above-scale filter looks at; the last full year when not given.</param>
/// <param name="TierCode">Enterprises certified (not revoked) in this tier for any year.</param>
/// <param name="Page">1-based.</param>
/// <param name="Listed">True: listed (上市) enterprises only; false: those not listed; null: either.</param>
public sealed record EnterpriseSearch(
    string? DistrictCode,
    string? ChainCode,
    string? TierCode,
    bool? AboveScale,
    int? AboveScaleYear,
    string? NameContains,
    bool IncludeInactive,
    int Page,
    int PageSize,
    bool? Listed = null);

public sealed record EnterprisePage(IReadOnlyList<RegistryEntry> Items, int Page, int PageSize, int TotalCount);

/// <summary>企业检索 — the registry filtered and paged, ordered by credit code so pages are stable.</summary>
public sealed class SearchEnterprises(EnterprisesDbContext db, TierCatalogue catalogue, TimeProvider clock)
{
    public const int MaxPageSize = PageRequest.MaxPageSize;

    public async Task<EnterprisePage> HandleAsync(EnterpriseSearch search, CancellationToken cancellationToken)
    {
        InvalidInputException.ThrowIfAny([.. PageRequest.Violations(search.Page, search.PageSize)]);

        var query = db.Enterprises.AsNoTracking();
        if (!search.IncludeInactive)
        {
            query = query.Where(e => e.IsActive);
        }

        if (!string.IsNullOrWhiteSpace(search.DistrictCode))
        {
            var district = search.DistrictCode.Trim().ToLowerInvariant();
            query = query.Where(e => e.DistrictCode == district);
        }

        if (!string.IsNullOrWhiteSpace(search.ChainCode))
        {
            var chain = search.ChainCode.Trim().ToLowerInvariant();
            query = query.Where(e => e.ChainCode == chain);
        }

        if (search.Listed is { } listed)
        {
            query = listed ? query.Where(e => e.ListingExchange != null) : query.Where(e => e.ListingExchange == null);
        }

        if (!string.IsNullOrWhiteSpace(search.NameContains))
        {
            var fragment = search.NameContains.Trim();
            query = query.Where(e => EF.Functions.ILike(e.NameZh, "%" + EscapeLike(fragment) + "%", "\\")
                || (e.NameEn != null && EF.Functions.ILike(e.NameEn, "%" + EscapeLike(fragment) + "%", "\\")));
        }

        if (!string.IsNullOrWhiteSpace(search.TierCode))
        {
            var tier = catalogue.Get(search.TierCode);
            var holders = await CodesAsync(db.TierRecords.Where(r => r.TierCode == tier.Code && r.Status == TierStatus.Certified).Select(r => r.CreditCode), cancellationToken);
            query = query.Where(e => holders.Contains(e.CreditCode));
        }

        if (search.AboveScale is { } aboveScale)
        {
            var year = search.AboveScaleYear ?? HuzhouCalendar.Today(clock).Year - 1;
            var aboveScaleCodes = await CodesAsync(db.AboveScaleYears.Where(a => a.Year == year).Select(a => a.CreditCode), cancellationToken);
            query = aboveScale
                ? query.Where(e => aboveScaleCodes.Contains(e.CreditCode))
                : query.Where(e => !aboveScaleCodes.Contains(e.CreditCode));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(e => e.CreditCode)
            .Skip((search.Page - 1) * search.PageSize)
            .Take(search.PageSize)
            .ToListAsync(cancellationToken);
        return new EnterprisePage(items.Select(RegistryEntry.From).ToList(), search.Page, search.PageSize, total);
    }

    /// <summary>The registry keys enterprises by the CreditCode value object; other tables hold the plain string.</summary>
    private static async Task<List<CreditCode>> CodesAsync(IQueryable<string> codes, CancellationToken cancellationToken) =>
        (await codes.Distinct().ToListAsync(cancellationToken)).Select(CreditCode.Parse).ToList();

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
