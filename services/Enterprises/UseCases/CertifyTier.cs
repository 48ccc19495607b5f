using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

public sealed record CertifyTierCommand(TierRecordKey Record, DateOnly? CertifiedOn);

/// <summary>认定 — a person certifies a candidate; announced as TierCertified, and the pyramid is recounted.</summary>
public sealed class CertifyTier(EnterprisesDbContext db, TierCatalogue catalogue, PyramidCache pyramid, CurrentCaller caller, TimeProvider clock)
{
    public async Task<TierRecordEntry> HandleAsync(CertifyTierCommand command, CancellationToken cancellationToken)
    {
        var record = await command.Record.FindAsync(db, catalogue, cancellationToken);
        caller.EnsureMayWrite(record.DistrictCode, "the tier records of enterprises");
        var today = HuzhouCalendar.Today(clock);
        var now = HuzhouCalendar.Now(clock);
        record.Certify(command.CertifiedOn ?? today, catalogue.Get(record.TierCode), today, now);
        db.AddIntegrationEvent(record.ToCertifiedEvent(now));
        await db.SaveChangesOrConflictAsync(RuleCodes.TierRecord.ChangedConcurrently,
            $"The {record.TierCode} record of {record.CreditCode} for {record.Year} was changed by someone else meanwhile. Read it again.", cancellationToken);

        await pyramid.InvalidateAsync();
        return TierRecordEntry.From(record, today);
    }
}
