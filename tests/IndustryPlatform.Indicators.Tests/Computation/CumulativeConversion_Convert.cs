using IndustryPlatform.Indicators.Domain.Computation;

namespace IndustryPlatform.Indicators.Tests.Computation;

public sealed class CumulativeConversion_Convert
{
    [Fact]
    public void Monthly_figures_are_differences_of_year_to_date_figures()
    {
        var monthly = CumulativeConversion.ToMonthly(new Dictionary<int, decimal> { [1] = 10m, [2] = 25m, [3] = 45m });

        Assert.Equal([10m, 15m, 20m], monthly.Values);
    }

    [Fact]
    public void Year_to_date_figures_are_running_sums_of_monthly_ones()
    {
        var cumulative = CumulativeConversion.ToCumulative(new Dictionary<int, decimal> { [1] = 10m, [2] = 15m, [3] = 20m });

        Assert.Equal([10m, 25m, 45m], cumulative.Values);
    }

    [Fact]
    public void The_round_trip_gives_back_the_original()
    {
        var cumulative = new Dictionary<int, decimal> { [1] = 3m, [2] = 3m, [3] = 7.5m, [4] = 12m };

        Assert.Equal(cumulative.Values, CumulativeConversion.ToCumulative(CumulativeConversion.ToMonthly(cumulative)).Values);
    }

    [Fact]
    public void A_missing_month_stops_the_conversion_there()
    {
        var monthly = CumulativeConversion.ToMonthly(new Dictionary<int, decimal> { [1] = 10m, [2] = 25m, [4] = 60m });

        Assert.Equal([1, 2], monthly.Keys);
    }

    [Fact]
    public void A_year_without_January_converts_to_nothing() =>
        Assert.Empty(CumulativeConversion.ToCumulative(new Dictionary<int, decimal> { [2] = 10m }));
}
