using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Rules;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>An enterprise's digital level today and every record behind it.</summary>
public sealed class GetDigitalLevels(EnterprisesDbContext db, TimeProvider clock)
{
    public async Task<DigitalLevelHistory> HandleAsync(string? creditCode, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(creditCode);
        if (!await db.Enterprises.AnyAsync(e => e.CreditCode == code, cancellationToken))
        {
            throw EnterpriseNotFound.For(code);
        }

        var records = await db.DigitalLevelRecords.AsNoTracking().Where(r => r.CreditCode == code.Value).ToListAsync(cancellationToken);
        var current = DigitalLevelRecord.LevelOn(records, HuzhouCalendar.Today(clock));
        return new DigitalLevelHistory(
            code.Value, DigitalLevels.Write(current), [.. records.OrderByDescending(r => r.RecordedAt).Select(DigitalLevelEntry.From)]);
    }
}
