using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

public sealed record RevokeTierCommand(TierRecordKey Record, string? Reason);

/// <summary>撤销 — a candidacy or certification is revoked; announced as TierRevoked, and the pyramid is recounted.</summary>
public sealed class RevokeTier(EnterprisesDbContext db, TierCatalogue catalogue, PyramidCache pyramid, CurrentCaller caller, TimeProvider clock)
{
    public async Task<TierRecordEntry> HandleAsync(RevokeTierCommand command, CancellationToken cancellationToken)
    {
        var record = await command.Record.FindAsync(db, catalogue, cancellationToken);
        caller.EnsureMayWrite(record.DistrictCode, "the tier records of enterprises");
        var now = HuzhouCalendar.Now(clock);
        record.Revoke(command.Reason, now);
        db.AddIntegrationEvent(record.ToRevokedEvent(command.Reason!.Trim(), now));
        await db.SaveChangesOrConflictAsync(RuleCodes.TierRecord.ChangedConcurrently,
            $"The {record.TierCode} record of {record.CreditCode} for {record.Year} was changed by someone else meanwhile. Read it again.", cancellationToken);

        await pyramid.InvalidateAsync();
        return TierRecordEntry.From(record, HuzhouCalendar.Today(clock));
    }
}
