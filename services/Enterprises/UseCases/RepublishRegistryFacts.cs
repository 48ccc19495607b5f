using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using IndustryPlatform.Rules;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <param name="TierRecords">How many tier records' facts were republished.</param>
/// <param name="Enterprises">How many enterprises' listing facts were republished.</param>
public sealed record RepublishedFacts(int TierRecords, int Enterprises);

/// <summary>
/// 事实重发 — publishes the facts of every tier record (TierRecordChanged) and every enterprise's listing
/// (ListingChanged, deactivated ones included) as they stand, a page at a time through the outbox, each page in its own
/// transaction. Facts carry versions, so a resync running beside a change never undoes it at the consumer.
/// </summary>
public sealed class RepublishRegistryFacts(EnterprisesDbContext db, TimeProvider clock)
{
    public const int PageSize = 500;

    public async Task<RepublishedFacts> HandleAsync(CancellationToken cancellationToken)
    {
        // Every enterprise's name, for the tier records; the codes also page the enterprises below.
        var names = await db.Enterprises.AsNoTracking()
            .Select(e => new { e.CreditCode, e.NameZh })
            .ToListAsync(cancellationToken);
        var nameOf = names.ToDictionary(e => e.CreditCode.Value, e => e.NameZh, StringComparer.Ordinal);

        var tierRecords = 0;
        var after = Guid.Empty;
        while (true)
        {
            var page = await db.TierRecords.AsNoTracking()
                .Where(r => r.Id.CompareTo(after) > 0)
                .OrderBy(r => r.Id)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            var now = HuzhouCalendar.Now(clock);
            foreach (var record in page)
            {
                db.AddIntegrationEvent(record.ToFactsEvent(nameOf.GetValueOrDefault(record.CreditCode, record.CreditCode), now));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            tierRecords += page.Count;
            after = page[^1].Id;
        }

        var enterprises = 0;
        foreach (var chunk in names.Select(e => e.CreditCode).OrderBy(c => c.Value, StringComparer.Ordinal).Chunk(PageSize))
        {
            var codes = chunk.ToList();
            var page = await db.Enterprises.AsNoTracking().Where(e => codes.Contains(e.CreditCode)).ToListAsync(cancellationToken);
            foreach (var enterprise in page)
            {
                db.AddIntegrationEvent(enterprise.ToListingChangedEvent());
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            enterprises += page.Count;
        }

        return new RepublishedFacts(tierRecords, enterprises);
    }
}
