using IndustryPlatform.Indicators.UseCases;
using MassTransit;

namespace IndustryPlatform.Indicators.Events;

/// <summary>
/// At every start, once the bus is up (so the fact queues exist and are bound), asks the registries for every fact
/// again: a new or restored database catches up without anyone re-entering data, whichever service started first.
/// </summary>
public sealed partial class ResyncFactsAtStart(IBusControl bus, IServiceScopeFactory scopes, ILogger<ResyncFactsAtStart> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            await Task.Delay(Poll, stoppingToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var request = await scope.ServiceProvider.GetRequiredService<RequestFactsResync>().HandleAsync(Extensions.ServiceName, stoppingToken);
                LogRequested(request.RequestedAt);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(attempt, ex);
                await Task.Delay(Poll * Math.Min(attempt, 10), stoppingToken);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Asked the registries to publish every fact again (requested at {RequestedAt:O})")]
    private partial void LogRequested(DateTimeOffset requestedAt);

    [LoggerMessage(LogLevel.Warning, "Could not ask for a facts resync yet (attempt {Attempt}); retrying")]
    private partial void LogFailed(int attempt, Exception exception);
}
