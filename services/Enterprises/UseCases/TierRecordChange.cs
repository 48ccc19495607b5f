using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Events;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>
/// What every change of a tier record (认定, 撤销) does around the domain's own step: find the record, check the caller
/// may write its district, announce the change and the record's new facts (TierRecordChanged) in the same transaction,
/// refuse it if someone changed the record meanwhile, and recount the pyramid.
/// </summary>
public sealed class TierRecordChange(EnterprisesDbContext db, TierCatalogue catalogue, PyramidCache pyramid, CurrentCaller caller, TimeProvider clock)
{
    /// <param name="change">Changes the record and returns the event that announces it.</param>
    public async Task<TierRecord> ApplyAsync(TierRecordKey key, Func<TierRecord, object> change, CancellationToken cancellationToken)
    {
        var record = await key.FindAsync(db, catalogue, cancellationToken);
        caller.EnsureMayWrite(record.DistrictCode, "the tier records of enterprises");
        db.AddIntegrationEvent(change(record));
        var nameZh = await db.Enterprises.AsNoTracking().Where(e => e.CreditCode == CreditCode.Parse(record.CreditCode))
            .Select(e => e.NameZh).SingleAsync(cancellationToken);
        db.AddIntegrationEvent(record.ToFactsEvent(nameZh, HuzhouCalendar.Now(clock)));
        await db.SaveChangesOrConflictAsync(RuleCodes.TierRecord.ChangedConcurrently,
            $"The {record.TierCode} record of {record.CreditCode} for {record.Year} was changed by someone else meanwhile. Read it again.", cancellationToken);
        await pyramid.InvalidateAsync();
        return record;
    }
}
