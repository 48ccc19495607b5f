using IndustryPlatform.Indicators.Domain.Computation;

namespace IndustryPlatform.Indicators.Tests.Computation;

public sealed class ShareAndCompletion
{
    [Fact]
    public void Share_is_part_over_whole_in_percent() => Assert.Equal(33.9m, Share.Of(339m, 1000m));

    [Fact]
    public void Share_of_a_zero_whole_is_unknown() => Assert.Null(Share.Of(5m, 0m));

    [Fact]
    public void Completion_is_actual_over_plan() => Assert.Equal(121.15m, TargetCompletion.Of(242.3m, 200m));

    [Fact]
    public void Completion_without_a_plan_is_unknown() => Assert.Null(TargetCompletion.Of(242.3m, null));

    [Fact]
    public void Completion_of_a_zero_plan_is_unknown() => Assert.Null(TargetCompletion.Of(5m, 0m));

    [Fact]
    public void Gap_to_the_province_is_in_points_above_or_below()
    {
        Assert.Equal(10.1m, ProvincialGap.Of(13.4m, 3.3m));
        Assert.Equal(-1.5m, ProvincialGap.Of(2m, 3.5m));
        Assert.Null(ProvincialGap.Of(2m, null));
    }
}
