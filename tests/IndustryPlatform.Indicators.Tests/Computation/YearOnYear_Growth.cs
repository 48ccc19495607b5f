using IndustryPlatform.Indicators.Domain.Computation;

namespace IndustryPlatform.Indicators.Tests.Computation;

public sealed class YearOnYear_Growth
{
    [Fact]
    public void Growth_is_the_change_over_last_year_in_percent() => Assert.Equal(7.3m, YearOnYear.Growth(1073m, 1000m));

    [Fact]
    public void A_fall_is_a_negative_growth() => Assert.Equal(-12.5m, YearOnYear.Growth(875m, 1000m));

    [Fact]
    public void A_zero_base_has_no_growth() => Assert.Null(YearOnYear.Growth(10m, 0m));

    [Fact]
    public void A_missing_previous_year_has_no_growth() => Assert.Null(YearOnYear.Growth(10m, null));

    [Fact]
    public void From_a_loss_to_a_smaller_loss_is_growth_measured_against_the_size_of_the_loss() =>
        Assert.Equal(50m, YearOnYear.Growth(-50m, -100m));

    [Fact]
    public void Change_in_points_is_the_plain_difference() => Assert.Equal(3.2m, YearOnYear.Change(33.9m, 30.7m));

    [Fact]
    public void Change_can_be_negative() => Assert.Equal(-0.6m, YearOnYear.Change(86.2m, 86.8m));

    [Fact]
    public void Change_without_last_year_is_unknown() => Assert.Null(YearOnYear.Change(33.9m, null));
}
