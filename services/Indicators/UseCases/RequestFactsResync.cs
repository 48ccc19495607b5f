using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Data;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>
/// 事实重发 — asks the registries to publish every record's current facts again (through the outbox, so the request
/// survives a broker that is away). Versions make it safe at any time: nothing newer is ever undone.
/// </summary>
public sealed class RequestFactsResync(IndicatorsDbContext db, TimeProvider clock)
{
    public async Task<FactsResyncRequested> HandleAsync(string requestedBy, CancellationToken cancellationToken)
    {
        var request = new FactsResyncRequested(requestedBy, clock.GetUtcNow());
        db.AddIntegrationEvent(request);
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }
}
