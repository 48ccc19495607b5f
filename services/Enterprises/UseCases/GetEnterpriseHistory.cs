using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>Every version of an enterprise's registry entry, oldest first (entries registered before history was kept start at their current version).</summary>
public sealed class GetEnterpriseHistory(EnterprisesDbContext db)
{
    public async Task<IReadOnlyList<EnterpriseHistoryEntry>> HandleAsync(string? creditCode, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(creditCode);
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken)
            ?? throw EnterpriseNotFound.For(code);
        return enterprise.History;
    }
}
