using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>
/// Publishes the outbox rows of <typeparamref name="TDbContext"/> oldest first, each with MessageId = row id, and marks a
/// row published only after the broker confirmed it. Rows are locked with FOR UPDATE SKIP LOCKED, so several instances
/// of a service never publish the same row at once. A failed publish stays in the table and is retried with capped
/// backoff for as long as it takes; nothing is dropped.
/// </summary>
internal sealed partial class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal<TDbContext> signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private static readonly ConcurrentDictionary<string, Type?> MessageTypes = new();

    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            RelayResult result;
            try
            {
                result = await PublishPendingAsync(stoppingToken);
                await CleanUpIfDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Typically PostgreSQL is not reachable yet (or the migration has not created the table yet).
                LogDatabaseUnavailable(ex, typeof(TDbContext).Name);
                result = RelayResult.Failed;
            }

            try
            {
                if (result == RelayResult.Failed)
                {
                    failures++;
                    // Nudges are ignored here so a later row cannot overtake the one that failed.
                    await Task.Delay(_options.Backoff(failures), stoppingToken);
                    continue;
                }

                failures = 0;
                if (result == RelayResult.MoreWaiting)
                {
                    continue;
                }

                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private enum RelayResult { Idle, MoreWaiting, Failed }

    private async Task<RelayResult> PublishPendingAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var table = db.QuotedTableName<OutboxMessage>();

        List<OutboxMessage> batch;
        IDisposable suppression = MessagingTelemetry.SuppressDatabaseTracing();
        await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
        try
        {
#pragma warning disable EF1002 // the table name comes from the model, the values are parameters
            batch = await db.Set<OutboxMessage>()
                .FromSqlRaw(
                    $$"""
                     SELECT * FROM {{table}}
                     WHERE published_at IS NULL AND next_attempt_at <= {0}
                     ORDER BY position
                     LIMIT {1}
                     FOR UPDATE SKIP LOCKED
                     """,
                    DateTimeOffset.UtcNow, _options.BatchSize)
                .ToListAsync(stoppingToken);
#pragma warning restore EF1002
            if (batch.Count == 0)
            {
                await transaction.CommitAsync(stoppingToken);
                return RelayResult.Idle;
            }
        }
        finally
        {
            suppression.Dispose();
        }

        var brokerFailed = false;
        foreach (var message in batch)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await PublishAsync(message, stoppingToken);
                message.PublishedAt = DateTimeOffset.UtcNow;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                message.Attempts++;
                message.LastError = Describe(ex);
                message.NextAttemptAt = DateTimeOffset.UtcNow + _options.Backoff(message.Attempts);
                LogPublishFailed(ex, message.Id, message.MessageType, message.Attempts);
                if (ex is not UnknownMessageTypeException)
                {
                    // The broker is the likely cause: stop here so later rows do not overtake this one.
                    brokerFailed = true;
                    break;
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        // Record what was confirmed even when the host is stopping; a row left unmarked would be published twice.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);

        if (brokerFailed)
        {
            return RelayResult.Failed;
        }

        return batch.Count == _options.BatchSize ? RelayResult.MoreWaiting : RelayResult.Idle;
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken stoppingToken)
    {
        var type = MessageTypes.GetOrAdd(message.MessageType, static name => Type.GetType(name, throwOnError: false))
            ?? throw new UnknownMessageTypeException(message.MessageType);
        var payload = JsonSerializer.Deserialize(message.Payload, type, IntegrationEventExtensions.PayloadJson)
            ?? throw new InvalidOperationException($"Outbox row {message.Id} has an empty payload.");

        ActivityContext.TryParse(message.TraceParent, message.TraceState, isRemote: true, out var parent);
        using var activity = MessagingTelemetry.Source.StartActivity(
            $"outbox relay {type.Name}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.Id.ToString());
        activity?.SetTag("messaging.outbox.attempt", message.Attempts + 1);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.PublishTimeout);
        try
        {
            // MassTransit's RabbitMQ transport completes Publish only after the broker's publisher confirm.
            await bus.Publish(payload, type, context => context.MessageId = message.Id, timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "broker did not confirm in time");
            throw new TimeoutException($"The broker did not confirm the publish within {_options.PublishTimeout.TotalSeconds:0.#} s.");
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }

    private async Task CleanUpIfDueAsync(CancellationToken stoppingToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (now < _nextCleanup)
        {
            return;
        }

        _nextCleanup = now + _options.CleanupInterval;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var publishedBefore = now - _options.PublishedRetention;
        var receivedBefore = now - _options.InboxRetention;
        var outbox = await db.Set<OutboxMessage>().Where(m => m.PublishedAt < publishedBefore).ExecuteDeleteAsync(stoppingToken);
        var inbox = await db.Set<InboxMessage>().Where(m => m.ReceivedAt < receivedBefore).ExecuteDeleteAsync(stoppingToken);
        if (outbox + inbox > 0)
        {
            LogCleanedUp(outbox, inbox);
        }
    }

    private static string Describe(Exception ex)
    {
        var text = $"{ex.GetType().Name}: {ex.Message}";
        return text.Length <= 2000 ? text : text[..2000];
    }

    [LoggerMessage(LogLevel.Warning, "Outbox relay for {DbContext} cannot read its outbox; retrying")]
    private partial void LogDatabaseUnavailable(Exception exception, string dbContext);

    [LoggerMessage(LogLevel.Warning, "Publishing outbox message {MessageId} ({MessageType}) failed on attempt {Attempts}; it stays in the outbox and is retried")]
    private partial void LogPublishFailed(Exception exception, Guid messageId, string messageType, int attempts);

    [LoggerMessage(LogLevel.Information, "Outbox clean-up deleted {OutboxRows} published outbox rows and {InboxRows} old inbox rows")]
    private partial void LogCleanedUp(int outboxRows, int inboxRows);
}
