using IndustryPlatform.Indicators.Domain.Computation;

namespace IndustryPlatform.Indicators.Tests.Computation;

public sealed class Ranking_Rank
{
    [Fact]
    public void Higher_is_better_ranks_the_largest_first()
    {
        var table = Ranking.Rank(new Dictionary<string, decimal> { ["huzhou"] = 13.4m, ["jiaxing"] = 15.2m, ["ningbo"] = 6.8m }, higherIsBetter: true);

        Assert.Equal(["jiaxing", "huzhou", "ningbo"], table.Select(r => r.RegionCode));
        Assert.Equal([1, 2, 3], table.Select(r => r.Rank));
    }

    [Fact]
    public void Lower_is_better_ranks_the_smallest_first()
    {
        var table = Ranking.Rank(new Dictionary<string, decimal> { ["huzhou"] = 86.2m, ["ningbo"] = 85.1m, ["wenzhou"] = 88m }, higherIsBetter: false);

        Assert.Equal(2, table.Single(r => r.RegionCode == "huzhou").Rank);
    }

    [Fact]
    public void Ties_share_a_rank_and_the_next_rank_is_skipped()
    {
        var table = Ranking.Rank(new Dictionary<string, decimal> { ["a"] = 9m, ["b"] = 7m, ["c"] = 7m, ["d"] = 5m }, higherIsBetter: true);

        Assert.Equal([1, 2, 2, 4], table.Select(r => r.Rank));
    }

    [Fact]
    public void Negative_values_rank_below_positive_ones()
    {
        var table = Ranking.Rank(new Dictionary<string, decimal> { ["a"] = -2.5m, ["b"] = 0m, ["c"] = 10.4m }, higherIsBetter: true);

        Assert.Equal(["c", "b", "a"], table.Select(r => r.RegionCode));
    }

    [Fact]
    public void Nothing_to_rank_gives_an_empty_table() =>
        Assert.Empty(Ranking.Rank(new Dictionary<string, decimal>(), higherIsBetter: true));
}
