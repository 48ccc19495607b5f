using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.UseCases;
using MassTransit;

namespace IndustryPlatform.Enterprises.Events;

/// <summary>
/// A consumer of registry facts asked for all of them again: every tier record and every enterprise's listing are
/// republished. No inbox: a redelivered request republishes the same versions, which changes nothing at the consumer.
/// </summary>
public sealed partial class FactsResyncRequestedConsumer(RepublishRegistryFacts republish, ILogger<FactsResyncRequestedConsumer> logger)
    : IConsumer<FactsResyncRequested>
{
    public async Task Consume(ConsumeContext<FactsResyncRequested> context)
    {
        var published = await republish.HandleAsync(context.CancellationToken);
        LogRepublished(logger, published.TierRecords, published.Enterprises, context.Message.RequestedBy);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Republished the facts of {TierRecords} tier records and {Enterprises} enterprises' listings, as {RequestedBy} asked")]
    private static partial void LogRepublished(ILogger logger, int tierRecords, int enterprises, string requestedBy);
}
