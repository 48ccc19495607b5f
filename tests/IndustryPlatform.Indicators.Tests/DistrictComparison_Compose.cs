using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Computation;
using IndustryPlatform.Indicators.Tests.Support;

namespace IndustryPlatform.Indicators.Tests;

/// <summary>The six districts side by side: ranked as the indicator says, ties sharing a rank, each against its own plan.</summary>
public sealed class DistrictComparison_Compose
{
    private static readonly Period December = Period.Month(2024, 12);
    private static readonly Dictionary<string, decimal> NoPlans = [];

    private static Figures Book(Indicator indicator, IReadOnlyDictionary<string, decimal> values, Period? period = null, params Observation[] more) =>
        new(TestCatalogue.Build([.. new[] { indicator, TestCatalogue.Level() }.DistinctBy(i => i.Code)]),
            new ObservationBook([.. values.Select(v => TestCatalogue.Vintage(indicator.Code, v.Key, period ?? December, v.Value)), .. more]));

    private static readonly Dictionary<string, decimal> SixDistricts = new()
    {
        ["wuxing"] = 150m, ["nanxun"] = 90m, ["deqing"] = 120m, ["changxing"] = 150m, ["anji"] = 80m, ["nantaihu"] = 60m,
    };

    [Fact]
    public void Equal_values_share_a_rank_and_the_next_rank_is_skipped()
    {
        var comparison = DistrictComparison.Compose(TestCatalogue.Level(), December, Basis.Cumulative, Book(TestCatalogue.Level(), SixDistricts), NoPlans);

        Assert.Equal(["changxing", "wuxing", "deqing", "nanxun", "anji", "nantaihu"], comparison.Districts.Select(d => d.RegionCode));
        Assert.Equal([1, 1, 3, 4, 5, 6], comparison.Districts.Select(d => d.Rank));
        Assert.Empty(comparison.Unranked);
    }

    [Fact]
    public void Where_lower_is_better_the_smallest_ranks_first()
    {
        var cost = TestCatalogue.Level("cost-per-100-revenue");
        cost.HigherIsBetter = false;

        var comparison = DistrictComparison.Compose(cost, December, Basis.Cumulative, Book(cost, SixDistricts), NoPlans);

        Assert.Equal("nantaihu", comparison.Districts[0].RegionCode);
        Assert.Equal([1, 2, 3, 4, 5, 5], comparison.Districts.Select(d => d.Rank));
        Assert.False(comparison.HigherIsBetter);
    }

    [Fact]
    public void A_district_without_a_figure_is_listed_last_unranked_and_named()
    {
        var five = SixDistricts.Where(d => d.Key != "nanxun").ToDictionary();

        var comparison = DistrictComparison.Compose(TestCatalogue.Level(), December, Basis.Cumulative, Book(TestCatalogue.Level(), five), NoPlans);

        Assert.Equal(6, comparison.Districts.Count);
        var nanxun = comparison.Districts[^1];
        Assert.Equal(("nanxun", null, null), (nanxun.RegionCode, nanxun.Rank, nanxun.Value));
        Assert.Equal(["nanxun"], comparison.Unranked);
        // The city's level is the sum of all six districts: with one missing there is none, and no share.
        Assert.Null(comparison.City);
        Assert.All(comparison.Districts, d => Assert.Null(d.ShareOfCity));
    }

    [Fact]
    public void A_level_gives_each_district_its_share_of_the_city_and_a_light_only_against_its_own_plan()
    {
        var plans = new Dictionary<string, decimal> { ["wuxing"] = 145m, ["deqing"] = 126m, ["anji"] = 100m };

        var comparison = DistrictComparison.Compose(TestCatalogue.Level(), December, Basis.Cumulative, Book(TestCatalogue.Level(), SixDistricts), plans);

        Assert.Equal(650m, comparison.City);
        Assert.Equal(100m, comparison.Districts.Sum(d => d.ShareOfCity));
        var byDistrict = comparison.Districts.ToDictionary(d => d.RegionCode);
        Assert.Equal((145m, Light.Green), (byDistrict["wuxing"].Target, byDistrict["wuxing"].Light!.Value));
        Assert.Equal(Light.Yellow, byDistrict["deqing"].Light);     // 120 of 126: 95.2%
        Assert.Equal((80m, Light.Red), (byDistrict["anji"].CompletionPercent, byDistrict["anji"].Light!.Value));
        Assert.Equal((null, null, null), (byDistrict["nanxun"].Target, byDistrict["nanxun"].CompletionPercent, byDistrict["nanxun"].Light));
    }

    [Fact]
    public void A_district_growth_rate_is_recomputed_from_its_own_levels_and_has_no_share_of_the_city()
    {
        // Nanxun grows 50% on a small base, the others not at all: the city grows 5.5556%, not the 50% the rates sum to.
        var lastYear = Period.Month(2023, 12);
        var levels = TestCatalogue.Districts.SelectMany(d => new[]
        {
            TestCatalogue.Vintage("manufacturing-investment", d, lastYear, d == "wuxing" ? 400m : 100m),
            TestCatalogue.Vintage("manufacturing-investment", d, December, d == "wuxing" ? 400m : d == "nanxun" ? 150m : 100m),
        }).ToArray();
        var growth = TestCatalogue.Growth();
        var figures = Book(growth, new Dictionary<string, decimal>(), null, levels);

        var comparison = DistrictComparison.Compose(growth, December, Basis.Cumulative, figures, NoPlans);

        Assert.Equal(("nanxun", 50m, 1), (comparison.Districts[0].RegionCode, comparison.Districts[0].Value!.Value, comparison.Districts[0].Rank!.Value));
        Assert.All(comparison.Districts.Skip(1), d => Assert.Equal((0m, 2), (d.Value!.Value, d.Rank!.Value)));
        Assert.All(comparison.Districts, d => Assert.Equal(FigureSource.Recomputed, d.Source));
        Assert.Equal(5.5556m, comparison.City);
        Assert.All(comparison.Districts, d => Assert.Null(d.ShareOfCity));
        Assert.Empty(comparison.Unranked);
    }
}
