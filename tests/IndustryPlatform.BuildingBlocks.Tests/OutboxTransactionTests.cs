using IndustryPlatform.Testing;
using System.Diagnostics;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>An event is stored exactly when the change it announces is stored: same transaction, no relay involved.</summary>
public sealed class OutboxTransactionTests(OutboxTransactionTests.Database database) : IClassFixture<OutboxTransactionTests.Database>
{
    private readonly string _database = database.ConnectionString;

    public sealed class Database(InfrastructureFixture infrastructure) : IAsyncLifetime
    {
        public string ConnectionString { get; private set; } = "";

        public async ValueTask InitializeAsync() => ConnectionString = await TestDatabase.CreateAsync(infrastructure, "bb_outbox_tx");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_committed_change_stores_its_event_with_type_payload_and_trace_context()
    {
        using var source = new ActivitySource("IndustryPlatform.Tests.Outbox");
        using var listener = ListenTo(source.Name);
        using var request = source.StartActivity("request")!;
        var key = NewKey();

        OutboxMessage row;
        await using (var db = TestDatabase.Open(_database))
        {
            db.Tallies.Add(new Tally { Key = key, Count = 1 });
            row = db.AddIntegrationEvent(new RelayedEvent(key, 1));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var check = TestDatabase.Open(_database);
        var stored = await check.Outbox.AsNoTracking().SingleAsync(m => m.Id == row.Id, TestContext.Current.CancellationToken);
        Assert.Equal("IndustryPlatform.BuildingBlocks.Tests.Support.RelayedEvent, IndustryPlatform.BuildingBlocks.Tests", stored.MessageType);
        Assert.Contains($"\"key\":\"{key}\"", stored.Payload.Replace(" ", ""));
        Assert.Equal(request.Id, stored.TraceParent);
        Assert.Null(stored.PublishedAt);
        Assert.Equal(0, stored.Attempts);
        Assert.True(stored.Position > 0);
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_neither_the_change_nor_the_event()
    {
        var key = NewKey();
        await using (var db = TestDatabase.Open(_database))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            db.Tallies.Add(new Tally { Key = key, Count = 1 });
            db.AddIntegrationEvent(new RelayedEvent(key, 1));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        await using var check = TestDatabase.Open(_database);
        Assert.False(await check.Tallies.AnyAsync(t => t.Key == key, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(await check.Outbox.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken), m => m.Payload.Contains(key));
    }

    [Fact]
    public async Task A_change_that_fails_to_save_takes_its_event_with_it()
    {
        var key = NewKey();
        await using (var db = TestDatabase.Open(_database))
        {
            db.Tallies.Add(new Tally { Key = key, Count = 1 });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var db = TestDatabase.Open(_database))
        {
            db.Tallies.Add(new Tally { Key = key, Count = 2 }); // duplicate key
            db.AddIntegrationEvent(new RelayedEvent(key, 2));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        await using var check = TestDatabase.Open(_database);
        Assert.DoesNotContain(await check.Outbox.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken), m => m.Payload.Contains(key));
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");

    private static ActivityListener ListenTo(string sourceName)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == sourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
