using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>Applies a message at most once per consumer, atomically with the consumer's own changes.</summary>
internal static class Inbox
{
    /// <returns>False when this consumer had already applied the message.</returns>
    public static async Task<bool> ApplyOnceAsync(
        DbContext db, Guid messageId, string consumer, Func<Task> apply, CancellationToken cancellationToken)
    {
        var table = db.QuotedTableName<InboxMessage>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            // The primary key (message_id, consumer) decides: a concurrent duplicate waits here for the first
            // transaction and then inserts nothing.
#pragma warning disable EF1002 // the table name comes from the model, the values are parameters
            var inserted = await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {table} (message_id, consumer, received_at) VALUES ({{0}}, {{1}}, {{2}}) ON CONFLICT DO NOTHING",
                [messageId, consumer, DateTimeOffset.UtcNow],
                ct);
#pragma warning restore EF1002
            if (inserted == 0)
            {
                await transaction.RollbackAsync(ct);
                return false;
            }

            await apply();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }, cancellationToken);
    }
}
