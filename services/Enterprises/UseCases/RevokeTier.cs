using IndustryPlatform.Enterprises.Events;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.UseCases;

public sealed record RevokeTierCommand(TierRecordKey Record, string? Reason);

/// <summary>撤销 — a candidacy or certification is revoked, with a reason; announced as TierRevoked.</summary>
public sealed class RevokeTier(TierRecordChange tierRecords, TimeProvider clock)
{
    public async Task<TierRecordEntry> HandleAsync(RevokeTierCommand command, CancellationToken cancellationToken)
    {
        var now = HuzhouCalendar.Now(clock);
        var record = await tierRecords.ApplyAsync(command.Record, record =>
        {
            record.Revoke(command.Reason, now);
            return record.ToRevokedEvent(command.Reason!.Trim(), now);
        }, cancellationToken);
        return TierRecordEntry.From(record, HuzhouCalendar.Today(clock));
    }
}
