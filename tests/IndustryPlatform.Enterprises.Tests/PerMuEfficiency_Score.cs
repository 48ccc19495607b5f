using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

public sealed class PerMuEfficiency_Score
{
    private static readonly PerMuSettings Settings = new(1.5m,
    [
        new(PerMuIndicator.TaxPerMu, 40m, 20m),
        new(PerMuIndicator.ValueAddedPerMu, 20m, 100m),
        new(PerMuIndicator.ValueAddedPerTce, 15m, 1.5m),
        new(PerMuIndicator.ValueAddedPerEmployee, 10m, 30m),
        new(PerMuIndicator.RdIntensityPercent, 15m, 3m),
    ], new PerMuClassThresholds(135m, 110m, 75m));

    [Fact]
    public void Scores_100_exactly_at_every_benchmark()
    {
        // 60 亩: tax 1,200万 → 20/亩; VA 6,000万 → 100/亩; 4,000 tce → 1.5/tce; 200 staff → 30/人; R&D 600 of 20,000 → 3%.
        var figures = new FigureValues(20_000m, 1_200m, 0m, 600m, 200, 60m, 4_000m, 0m, 6_000m);

        var score = PerMuEfficiency.Of(figures, Settings);

        Assert.All(score.Indicators, i => Assert.Equal(i.Weight, i.Score));
        Assert.Equal(100m, score.Score);
    }

    [Fact]
    public void Caps_each_indicator_at_the_cap_times_its_weight()
    {
        var figures = new FigureValues(10_000m, 10_000m, 0m, 0m, 10, 10m, 100m, 0m, 100m);

        var score = PerMuEfficiency.Of(figures, Settings);

        var tax = score.Indicators.Single(i => i.Indicator == PerMuIndicator.TaxPerMu);
        Assert.Equal(1_000m, tax.Value);
        Assert.Equal(60m, tax.Score);
    }

    [Fact]
    public void Scores_half_the_weight_at_half_the_benchmark_and_sums_the_indicators()
    {
        // tax 10/亩 → 20; VA 50/亩 → 10; VA/tce 0.75 → 7.5; VA/staff 15 → 5; R&D 1.5% → 7.5: total 50.
        var figures = new FigureValues(MainBusinessRevenue: 10_000m, TaxesPaidInCity: 1_000m, IndustrialInvestment: 0m, RdSpend: 150m,
            Employees: 333, LandMu: 100m, EnergyTce: 6_666.6667m, Co2Tonnes: 0m, ValueAdded: 5_000m);

        var score = PerMuEfficiency.Of(figures, Settings);

        Assert.Equal(20m, score.Indicators[0].Score);
        Assert.Equal(10m, score.Indicators[1].Score);
        Assert.Equal(7.5m, score.Indicators[2].Score);
        Assert.Equal(5.01m, score.Indicators[3].Score);
        Assert.Equal(7.5m, score.Indicators[4].Score);
        Assert.Equal(50.01m, score.Score);
    }

    [Fact]
    public void An_indicator_without_a_divisor_scores_nothing()
    {
        var figures = new FigureValues(10_000m, 1_000m, 0m, 300m, 0, 0m, 0m, 0m, 5_000m);

        var score = PerMuEfficiency.Of(figures, Settings);

        Assert.All(score.Indicators.Take(4), i => Assert.Null(i.Value));
        Assert.Equal(15m, score.Score);
    }

    [Fact]
    public void The_seeded_weights_add_up_to_100() =>
        Assert.Equal(100m, SeededCatalogue.Catalogue.PerMuEfficiency.Indicators.Sum(i => i.Weight));
}
