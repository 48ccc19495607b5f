using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Projects.UseCases;
using MassTransit;

namespace IndustryPlatform.Projects.Events;

/// <summary>
/// A consumer of registry facts asked for all of them again: every project's facts are republished. No inbox: a
/// redelivered request republishes the same versions, which changes nothing at the consumer.
/// </summary>
public sealed partial class FactsResyncRequestedConsumer(RepublishProjectFacts republish, ILogger<FactsResyncRequestedConsumer> logger)
    : IConsumer<FactsResyncRequested>
{
    public async Task Consume(ConsumeContext<FactsResyncRequested> context)
    {
        var count = await republish.HandleAsync(context.CancellationToken);
        LogRepublished(logger, count, context.Message.RequestedBy);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Republished the facts of {Count} projects, as {RequestedBy} asked")]
    private static partial void LogRepublished(ILogger logger, int count, string requestedBy);
}
