using IndustryPlatform.AppHost.Infrastructure.Supervision;

namespace IndustryPlatform.Infrastructure.Tests;

public sealed class RestartBackoffTests
{
    [Fact]
    public void A_process_that_keeps_dying_waits_1_2_4_8_16_then_30_seconds()
    {
        var backoff = new RestartBackoff();

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.Next(healthyFor: TimeSpan.FromSeconds(3)).TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
    }

    [Fact]
    public void A_process_that_stayed_healthy_for_a_minute_starts_again_after_one_second()
    {
        var backoff = new RestartBackoff();
        for (var i = 0; i < 5; i++)
        {
            backoff.Next(TimeSpan.Zero);
        }

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next(healthyFor: RestartBackoff.HealthyLongEnough));
        Assert.Equal(TimeSpan.FromSeconds(2), backoff.Next(healthyFor: TimeSpan.FromSeconds(5)));
    }
}
