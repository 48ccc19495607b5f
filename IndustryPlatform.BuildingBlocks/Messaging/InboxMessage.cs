namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>A message a consumer has applied; its key makes a redelivered message a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public required string Consumer { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
