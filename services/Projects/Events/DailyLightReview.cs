using IndustryPlatform.Projects.UseCases;

namespace IndustryPlatform.Projects.Events;

/// <summary>Runs <see cref="ReassessLights"/> at start-up and then once a day (the clock is injectable for tests).</summary>
public sealed class DailyLightReview(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DailyLightReview> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var changed = await scope.ServiceProvider.GetRequiredService<ReassessLights>().HandleAsync(stoppingToken);
                logger.LogInformation("Daily light review: {Changed} projects changed light", changed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Daily light review failed; it runs again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
