using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain.Derived;
using MassTransit;

namespace IndustryPlatform.Indicators.Events;

/// <summary>上市情况事实 — keeps each enterprise's listing at its highest version.</summary>
public sealed class KeepListingFacts(IndicatorsDbContext db, IndicatorCache cache) : IConsumer<Batch<ListingChanged>>
{
    public async Task Consume(ConsumeContext<Batch<ListingChanged>> context)
    {
        if (await db.UpsertListingsAsync(context.Message.Select(m => m.Message), context.CancellationToken) > 0)
        {
            await cache.InvalidateAsync(FactKind.Listings);
        }
    }
}
