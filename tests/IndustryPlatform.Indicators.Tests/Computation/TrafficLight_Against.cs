using IndustryPlatform.Indicators.Domain.Computation;

namespace IndustryPlatform.Indicators.Tests.Computation;

public sealed class TrafficLight_Against
{
    [Theory]
    [InlineData(50, 50, Light.Green)]      // exactly on pace
    [InlineData(121.2, 100, Light.Green)]  // ahead of the plan
    [InlineData(45, 50, Light.Yellow)]     // behind, within the tolerance
    [InlineData(40.01, 50, Light.Yellow)]
    [InlineData(40, 50, Light.Red)]        // behind by the tolerance
    [InlineData(0, 8.3333, Light.Yellow)]  // nothing yet in January
    [InlineData(0, 25, Light.Red)]
    public void Completion_against_the_share_of_the_year_elapsed(double completion, double elapsed, Light expected) =>
        Assert.Equal(expected, TrafficLight.Against((decimal)completion, (decimal)elapsed));

    [Theory]
    [InlineData(99, Light.Green)]
    [InlineData(100, Light.Green)]
    [InlineData(105, Light.Yellow)]
    [InlineData(110, Light.Red)]
    public void Where_lower_is_better_the_plan_is_a_ceiling(double completion, Light expected) =>
        Assert.Equal(expected, TrafficLight.Against((decimal)completion, 50m, higherIsBetter: false));

    [Theory]
    [InlineData(45, 5, Light.Red)]      // 5 points behind: red once the year's plan allows fewer than 5
    [InlineData(45, 10, Light.Yellow)]
    [InlineData(35, 20, Light.Yellow)]  // 15 points behind: yellow under a wider tolerance
    public void The_plan_s_tolerance_of_the_year_decides_yellow_or_red(double completion, double tolerance, Light expected) =>
        Assert.Equal(expected, TrafficLight.Against((decimal)completion, 50m, yellowTolerance: (decimal)tolerance));
}
