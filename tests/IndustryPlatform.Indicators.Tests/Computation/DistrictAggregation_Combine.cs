using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Computation;
using IndustryPlatform.Indicators.Tests.Support;

namespace IndustryPlatform.Indicators.Tests.Computation;

public sealed class DistrictAggregation_Combine
{
    private static readonly string[] Districts = ["a", "b"];

    [Fact]
    public void Levels_are_summed() =>
        Assert.Equal(30m, DistrictAggregation.Combine(TestCatalogue.Level(), Districts, (_, d) => d == "a" ? 10m : 20m, (_, _) => null));

    [Fact]
    public void A_ratio_is_recomputed_from_summed_components_not_averaged()
    {
        // a: 10/100 = 10%, b: 90/100 = 90% -> the city is 100/200 = 50%, which an average of shares would get right only by luck;
        // with unequal bases: a: 10/100, b: 90/300 -> 100/400 = 25%, not the average 20%.
        decimal? Value(string code, string district) => (code, district) switch
        {
            ("manufacturing-investment", "a") => 10m,
            ("manufacturing-investment", "b") => 90m,
            ("fixed-asset-investment", "a") => 100m,
            _ => 300m,
        };

        Assert.Equal(25m, DistrictAggregation.Combine(TestCatalogue.Share(), Districts, Value, (_, _) => null));
    }

    [Fact]
    public void A_growth_rate_is_recomputed_from_summed_levels_never_summed()
    {
        var growth = DistrictAggregation.Combine(TestCatalogue.Growth(), Districts,
            (_, d) => d == "a" ? 110m : 100m,   // this year: 210
            (_, d) => d == "a" ? 100m : 100m);  // last year: 200

        Assert.Equal(5m, growth);
    }

    [Fact]
    public void A_missing_district_leaves_the_city_value_unknown() =>
        Assert.Null(DistrictAggregation.Combine(TestCatalogue.Level(), Districts, (_, d) => d == "a" ? 10m : null, (_, _) => null));

    [Fact]
    public void A_growth_without_last_year_is_unknown() =>
        Assert.Null(DistrictAggregation.Combine(TestCatalogue.Growth(), Districts, (_, _) => 10m, (_, _) => null));

    [Fact]
    public void A_city_only_indicator_does_not_combine()
    {
        var cityOnly = TestCatalogue.Level();
        cityOnly.Aggregation = Aggregation.None;

        Assert.Null(DistrictAggregation.Combine(cityOnly, Districts, (_, _) => 1m, (_, _) => 1m));
    }
}
