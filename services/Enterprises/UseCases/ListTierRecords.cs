using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>Filters for the list the bureau reviews; all optional. Status is as of today.</summary>
public sealed record TierRecordFilter(int? Year, string? TierCode, string? DistrictCode, string? Status, string? CreditCode);

/// <summary>培育库名单 — tier records, e.g. this year's candidates for 金象, or one enterprise's whole tier history.</summary>
public sealed class ListTierRecords(EnterprisesDbContext db, TierCatalogue catalogue, TimeProvider clock)
{
    public const int MaxRecords = 2_000;

    public async Task<IReadOnlyList<TierRecordEntry>> HandleAsync(TierRecordFilter filter, CancellationToken cancellationToken)
    {
        var query = db.TierRecords.AsNoTracking();
        if (filter.Year is { } year)
        {
            query = query.Where(r => r.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(filter.TierCode))
        {
            var tier = catalogue.Get(filter.TierCode);
            query = query.Where(r => r.TierCode == tier.Code);
        }

        if (!string.IsNullOrWhiteSpace(filter.DistrictCode))
        {
            var district = filter.DistrictCode.Trim().ToLowerInvariant();
            query = query.Where(r => r.DistrictCode == district);
        }

        if (!string.IsNullOrWhiteSpace(filter.CreditCode))
        {
            var code = CreditCode.Parse(filter.CreditCode).Value;
            query = query.Where(r => r.CreditCode == code);
        }

        TierStatus? status = null;
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            status = Enum.TryParse<TierStatus>(filter.Status.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidInputException([new("status", RuleCodes.Tier.StatusUnknown,
                    $"'{filter.Status}' is not a tier status: {string.Join(", ", Enum.GetNames<TierStatus>())}.")]);
        }

        var records = await query.OrderBy(r => r.Year).ThenBy(r => r.TierCode).ThenBy(r => r.CreditCode)
            .Take(MaxRecords).ToListAsync(cancellationToken);
        var today = HuzhouCalendar.Today(clock);
        return records
            .Where(r => status is null || r.StatusOn(today) == status)
            .Select(r => TierRecordEntry.From(r, today))
            .ToList();
    }
}
