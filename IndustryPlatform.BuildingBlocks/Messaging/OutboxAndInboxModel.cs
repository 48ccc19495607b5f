using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Messaging;

public static class OutboxAndInboxModel
{
    public const string OutboxTable = "outbox_messages";
    public const string InboxTable = "inbox_messages";

    /// <summary>Adds the tables <c>outbox_messages</c> and <c>inbox_messages</c> to a service's model (call from OnModelCreating).</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(OutboxTable);
            outbox.HasKey(m => m.Id).HasName("pk_outbox_messages");
            outbox.Property(m => m.Id).ValueGeneratedNever();
            outbox.Property(m => m.Position).UseIdentityByDefaultColumn();
            outbox.Property(m => m.MessageType).HasMaxLength(500);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(55);
            outbox.HasIndex(m => m.Position).HasDatabaseName("ix_outbox_messages_unpublished").HasFilter("published_at IS NULL");
            outbox.HasIndex(m => m.PublishedAt).HasDatabaseName("ix_outbox_messages_published_at");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable(InboxTable);
            inbox.HasKey(m => new { m.MessageId, m.Consumer }).HasName("pk_inbox_messages");
            inbox.Property(m => m.Consumer).HasMaxLength(300);
            inbox.HasIndex(m => m.ReceivedAt).HasDatabaseName("ix_inbox_messages_received_at");
        });

        return modelBuilder;
    }

    /// <summary>The quoted, schema-qualified table name of an entity as the service's model maps it.</summary>
    internal static string QuotedTableName<TEntity>(this DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException(
                $"{db.GetType().Name} has no {typeof(TEntity).Name}: call modelBuilder.AddOutboxAndInbox() in its OnModelCreating.");
        var table = $"\"{entity.GetTableName()}\"";
        var schema = entity.GetSchema();
        return schema is null ? table : $"\"{schema}\".{table}";
    }
}
