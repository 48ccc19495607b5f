using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Messaging;

public static class IntegrationEventExtensions
{
    internal static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Queues <paramref name="event"/> for publication: it is stored by the next SaveChanges, in the same
    /// transaction as the change it announces, and the outbox relay publishes it after the commit.
    /// </summary>
    /// <returns>The outbox row; its Id becomes the published MessageId.</returns>
    public static OutboxMessage AddIntegrationEvent<T>(this DbContext db, T @event) where T : class
    {
        ArgumentNullException.ThrowIfNull(@event);
        var type = @event.GetType();
        var now = DateTimeOffset.UtcNow;
        var activity = Activity.Current;
        var message = new OutboxMessage
        {
            Id = MessageIds.Next(),
            MessageType = MessageTypeName(type),
            Payload = JsonSerializer.Serialize(@event, type, PayloadJson),
            OccurredAt = now,
            TraceParent = activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
            TraceState = activity?.IdFormat == ActivityIdFormat.W3C ? activity.TraceStateString : null,
            NextAttemptAt = now,
        };
        db.Set<OutboxMessage>().Add(message);
        return message;
    }

    internal static string MessageTypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
