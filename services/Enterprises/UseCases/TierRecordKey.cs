using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>A tier record is named by enterprise, tier and year.</summary>
public sealed record TierRecordKey(string? CreditCode, string? TierCode, int Year)
{
    internal async Task<TierRecord> FindAsync(EnterprisesDbContext db, TierCatalogue catalogue, CancellationToken cancellationToken)
    {
        var code = Domain.CreditCode.Parse(CreditCode).Value;
        var tier = catalogue.Get(TierCode);
        return await db.TierRecords.SingleOrDefaultAsync(r => r.CreditCode == code && r.TierCode == tier.Code && r.Year == Year, cancellationToken)
            ?? throw new NotFoundException(RuleCodes.TierRecord.NotFound, $"Enterprise {code} has no {tier.Code} record for {Year}; propose it as a candidate first.");
    }
}
