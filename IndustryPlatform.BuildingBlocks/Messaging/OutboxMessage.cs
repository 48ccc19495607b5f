namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>
/// An integration event waiting in the service's own database to be published; written in the same
/// transaction as the change it announces, so the change and the announcement commit or roll back together.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Becomes the MassTransit MessageId, so consumers recognise a re-publication.</summary>
    public Guid Id { get; init; }

    /// <summary>Insertion order; the relay publishes oldest first.</summary>
    public long Position { get; init; }

    /// <summary>The event's CLR type: full name and assembly name, so it resolves even before anything loaded that assembly.</summary>
    public required string MessageType { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>W3C trace context of the request that raised the event, so the publish joins the same trace.</summary>
    public string? TraceParent { get; init; }

    public string? TraceState { get; init; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>After a failed attempt the row waits until then (capped backoff); it is never given up.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Set only once the broker confirmed the publish.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
}
