using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain.Derived;
using MassTransit;

namespace IndustryPlatform.Indicators.Events;

/// <summary>项目事实 — keeps Indicators' copy of each project at its highest version; the projects' derived figures follow.</summary>
public sealed class KeepProjectFacts(IndicatorsDbContext db, IndicatorCache cache) : IConsumer<Batch<ProjectFactsChanged>>
{
    public async Task Consume(ConsumeContext<Batch<ProjectFactsChanged>> context)
    {
        if (await db.UpsertProjectsAsync(context.Message.Select(m => m.Message), context.CancellationToken) > 0)
        {
            await cache.InvalidateAsync(FactKind.Projects);
        }
    }
}
