using IndustryPlatform.Gateway.Limits;

namespace IndustryPlatform.Gateway.Tests;

public sealed class RateDecisionTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(1000, 1)]
    [InlineData(1001, 2)]
    [InlineData(59_500, 60)]
    public void Retry_after_is_whole_seconds_and_at_least_one(int resetAfterMs, int seconds) =>
        Assert.Equal(seconds, new RateDecision(false, 10, 0, TimeSpan.FromMilliseconds(resetAfterMs)).RetryAfterSeconds);

    [Fact]
    public void A_client_with_its_own_limit_gets_it_and_others_the_default()
    {
        var limits = new GatewayLimitsOptions { PermitsPerWindow = 100, Clients = { ["kiosk"] = 5 } };

        Assert.Equal(5, limits.PermitsFor("kiosk"));
        Assert.Equal(100, limits.PermitsFor("district-anji"));
    }
}
