using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.UseCases;

public sealed record CertifyTierCommand(TierRecordKey Record, DateOnly? CertifiedOn);

/// <summary>认定 — a person certifies a candidate (today, unless another date is given); announced as TierCertified.</summary>
public sealed class CertifyTier(TierRecordChange tierRecords, TierCatalogue catalogue, TimeProvider clock)
{
    public async Task<TierRecordEntry> HandleAsync(CertifyTierCommand command, CancellationToken cancellationToken)
    {
        var today = HuzhouCalendar.Today(clock);
        var now = HuzhouCalendar.Now(clock);
        var record = await tierRecords.ApplyAsync(command.Record, record =>
        {
            record.Certify(command.CertifiedOn ?? today, catalogue.Get(record.TierCode), today, now);
            return record.ToCertifiedEvent(now);
        }, cancellationToken);
        return TierRecordEntry.From(record, today);
    }
}
