using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

public sealed class YearlyFigures_Validate
{
    // 2025-03-01 09:30 in Huzhou.
    private readonly FixedClock _clock = new(new DateTimeOffset(2025, 3, 1, 1, 30, 0, TimeSpan.Zero));

    private static readonly FiguresSubmission Valid = new(5_000m, 200m, 300m, 150m, 120, 40m, 600m, 1_500m, 1_100m);

    [Fact]
    public void Accepts_complete_figures_and_computes_the_rd_intensity()
    {
        var values = Valid.Validate(2024, _clock);

        Assert.Equal(5_000m, values.MainBusinessRevenue);
        Assert.Equal(3m, values.RdIntensityPercent);
    }

    [Fact]
    public void Names_every_missing_and_negative_figure_at_once()
    {
        var submission = Valid with { MainBusinessRevenue = null, TaxesPaidInCity = -1m, Employees = -3, LandMu = null };

        var refused = Assert.Throws<InvalidInputException>(() => submission.Validate(2024, _clock));

        Assert.Contains(refused.Violations, v => v is { Field: "main_business_revenue", Rule.Value: "figure.required" });
        Assert.Contains(refused.Violations, v => v is { Field: "taxes_paid_in_city", Rule.Value: "figure.negative" });
        Assert.Contains(refused.Violations, v => v is { Field: "employees", Rule.Value: "figure.negative" });
        Assert.Contains(refused.Violations, v => v is { Field: "land_mu", Rule.Value: "figure.required" });
        Assert.Equal(4, refused.Violations.Count);
    }

    [Fact]
    public void Refuses_rd_spend_above_revenue()
    {
        var refused = Assert.Throws<InvalidInputException>(() => (Valid with { RdSpend = 5_000.01m }).Validate(2024, _clock));

        var violation = Assert.Single(refused.Violations);
        Assert.Equal(("rd_spend", "rd-spend.exceeds-revenue"), (violation.Field, violation.Rule));
    }

    [Fact]
    public void Accepts_rd_spend_equal_to_revenue()
    {
        var values = (Valid with { RdSpend = 5_000m, ValueAdded = 5_000m }).Validate(2024, _clock);

        Assert.Equal(100m, values.RdIntensityPercent);
    }

    [Fact]
    public void Refuses_value_added_above_revenue()
    {
        var refused = Assert.Throws<InvalidInputException>(() => (Valid with { ValueAdded = 6_000m }).Validate(2024, _clock));

        Assert.Equal("value-added.exceeds-revenue", Assert.Single(refused.Violations).Rule);
    }

    [Fact]
    public void Refuses_a_year_that_has_not_begun_in_Huzhou()
    {
        var refused = Assert.Throws<InvalidInputException>(() => Valid.Validate(2026, _clock));

        Assert.Equal(("year", "figures.year-in-future"), (refused.Violations[0].Field, refused.Violations[0].Rule));
    }

    [Fact]
    public void Accepts_the_current_year_once_it_has_begun_in_Huzhou_although_not_yet_in_UTC()
    {
        // 2024-12-31 17:00 UTC is already 2025-01-01 01:00 in Huzhou.
        var clock = new FixedClock(new DateTimeOffset(2024, 12, 31, 17, 0, 0, TimeSpan.Zero));

        Assert.Equal(5_000m, Valid.Validate(2025, clock).MainBusinessRevenue);
    }

    [Fact]
    public void Refuses_a_year_before_the_platform_keeps_figures()
    {
        var refused = Assert.Throws<InvalidInputException>(() => Valid.Validate(1999, _clock));

        Assert.Equal("figures.year-too-early", Assert.Single(refused.Violations).Rule);
    }

    [Theory]
    [InlineData(1_999.99, false)]
    [InlineData(2_000, true)]
    [InlineData(2_000.01, true)]
    public void Above_scale_starts_at_the_catalogue_threshold_of_2000_wan(double revenue, bool aboveScale)
    {
        var figures = SeededCatalogue.Figures(revenue: (decimal)revenue, rd: 0m, valueAdded: 0m);

        Assert.Equal(2_000m, SeededCatalogue.Catalogue.AboveScale.MinMainBusinessRevenue);
        Assert.Equal(aboveScale, SeededCatalogue.Catalogue.AboveScale.IsMetBy(figures));
    }

    [Fact]
    public void Names_an_amount_its_column_cannot_keep()
    {
        var submission = Valid with { MainBusinessRevenue = 1e16m, LandMu = 40.005m };

        var refused = Assert.Throws<InvalidInputException>(() => submission.Validate(2024, _clock));

        Assert.Contains(refused.Violations, v => v is { Field: "main_business_revenue", Rule.Value: "number.out-of-range" });
        Assert.Contains(refused.Violations, v => v is { Field: "land_mu", Rule.Value: "number.too-precise" });
    }
}
