using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain.Derived;
using MassTransit;

namespace IndustryPlatform.Indicators.Events;

/// <summary>梯度培育记录事实 — keeps each tier record at its highest version: a revocation or expiry moves the figures with it.</summary>
public sealed class KeepTierFacts(IndicatorsDbContext db, IndicatorCache cache) : IConsumer<Batch<TierRecordChanged>>
{
    public async Task Consume(ConsumeContext<Batch<TierRecordChanged>> context)
    {
        if (await db.UpsertTiersAsync(context.Message.Select(m => m.Message), context.CancellationToken) > 0)
        {
            await cache.InvalidateAsync(FactKind.Tiers);
        }
    }
}
