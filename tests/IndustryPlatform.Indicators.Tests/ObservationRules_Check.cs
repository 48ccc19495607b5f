using IndustryPlatform.Rules;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Derived;
using IndustryPlatform.Indicators.Tests.Support;

namespace IndustryPlatform.Indicators.Tests;

public sealed class ObservationRules_Check
{
    private static readonly DateOnly Today = new(2025, 3, 10);
    private static readonly Submitter City = new("city-bureau", "huzhou");

    private static SubmittedRow Row(string period = "2025-01", decimal value = 100m, string unit = "亿元", string region = "wuxing",
        string indicator = "manufacturing-investment", bool confirmed = false, string basis = "cumulative") =>
        new(indicator, region, period, basis, value, unit, confirmed);

    private static RowVerdict Check(SubmittedRow row, Submitter? submitter = null, params Observation[] known) =>
        ObservationRules.Check(row, submitter ?? City, TestCatalogue.Build(TestCatalogue.Level(), TestCatalogue.Level("fixed-asset-investment"), TestCatalogue.Growth()), new ObservationBook(known), Today);

    private static string Rule(RowVerdict verdict) => Assert.Single(verdict.Findings).Rule;

    [Fact]
    public void A_sound_row_is_accepted() => Assert.Equal(RowOutcome.Accepted, Check(Row()).Outcome);

    [Fact]
    public void A_unit_other_than_the_catalogue_s_is_refused()
    {
        var verdict = Check(Row(unit: "万元"));

        Assert.Equal(RowOutcome.Rejected, verdict.Outcome);
        Assert.Equal("unit.mismatch", Rule(verdict));
    }

    [Fact]
    public void A_month_that_has_not_ended_is_in_the_future() => Assert.Equal("period.in-future", Rule(Check(Row(period: "2025-03"))));

    [Fact]
    public void The_last_complete_month_is_not_in_the_future() => Assert.Equal(RowOutcome.Accepted, Check(Row(period: "2025-02")).Outcome);

    [Fact]
    public void A_quarter_for_a_monthly_indicator_is_refused() => Assert.Equal("period.frequency-mismatch", Rule(Check(Row(period: "2024-Q1"))));

    [Fact]
    public void An_unknown_indicator_and_region_are_each_named()
    {
        var verdict = Check(Row(indicator: "nonsense", region: "beijing", unit: "亿元"));

        Assert.Contains(verdict.Findings, f => f is { Field: "indicator_code", Rule.Value: "indicator.unknown" });
        Assert.Contains(verdict.Findings, f => f is { Field: "region_code", Rule.Value: "region.unknown" });
    }

    [Fact]
    public void A_district_may_not_write_another_district()
    {
        var catalogue = TestCatalogue.Build(TestCatalogue.Level());
        var rows = new[] { Row(region: "wuxing"), Row(region: "anji") };

        var refused = Assert.Throws<ForbiddenException>(() => ObservationRules.EnsureOwnRegions(rows, new Submitter("district-wuxing", "wuxing"), catalogue, firstRow: 10));

        Assert.Equal("region.not-yours", refused.Rule);
        Assert.Contains("row 11", refused.Message);
        ObservationRules.EnsureOwnRegions(rows, City, catalogue);
    }

    [Fact]
    public void A_district_may_write_its_own() => Assert.Equal(RowOutcome.Accepted, Check(Row(region: "wuxing"), new Submitter("district-wuxing", "wuxing")).Outcome);

    [Fact]
    public void A_cumulative_value_below_an_earlier_month_of_the_year_is_refused()
    {
        var verdict = Check(Row(period: "2024-05", value: 90m), null, TestCatalogue.Vintage("manufacturing-investment", "wuxing", Period.Month(2024, 3), 95m));

        Assert.Equal(RowOutcome.Rejected, verdict.Outcome);
        Assert.Equal("cumulative.falling-within-year", Rule(verdict));
    }

    [Fact]
    public void A_cumulative_value_above_a_later_month_already_known_is_refused() =>
        Assert.Equal("cumulative.falling-within-year", Rule(Check(Row(period: "2024-05", value: 120m), null,
            TestCatalogue.Vintage("manufacturing-investment", "wuxing", Period.Month(2024, 7), 110m))));

    [Fact]
    public void A_new_year_starts_again_from_zero() =>
        Assert.Equal(RowOutcome.Accepted, Check(Row(period: "2025-01", value: 10m), null,
            TestCatalogue.Vintage("manufacturing-investment", "wuxing", Period.Month(2024, 12), 600m)).Outcome);

    [Fact]
    public void Growth_outside_the_band_needs_confirmation_rather_than_rejection()
    {
        var lastYear = TestCatalogue.Vintage("manufacturing-investment", "wuxing", Period.Month(2024, 1), 10m);

        var unconfirmed = Check(Row(period: "2025-01", value: 100m), null, lastYear);
        var confirmed = Check(Row(period: "2025-01", value: 100m, confirmed: true), null, lastYear);

        Assert.Equal(RowOutcome.NeedsConfirmation, unconfirmed.Outcome);
        Assert.Equal("growth.outside-plausible-band", Rule(unconfirmed));
        Assert.Equal(RowOutcome.Accepted, confirmed.Outcome);
        Assert.Equal("growth.outside-plausible-band", Rule(confirmed));
    }

    [Fact]
    public void A_growth_rate_itself_is_held_against_the_band() =>
        Assert.Equal(RowOutcome.NeedsConfirmation, Check(Row(indicator: "manufacturing-investment-growth", unit: "%", value: 85m, region: "huzhou")).Outcome);

    [Fact]
    public void A_city_figure_the_districts_do_not_reconcile_with_is_kept_with_a_warning()
    {
        var districts = TestCatalogue.Districts.Select(d => TestCatalogue.Vintage("manufacturing-investment", d, Period.Month(2025, 1), 10m)).ToArray();

        var off = Check(Row(region: "huzhou", value: 70m), null, districts);
        var within = Check(Row(region: "huzhou", value: 60.5m), null, districts);

        Assert.Equal(RowOutcome.Accepted, off.Outcome);
        Assert.Equal("districts.not-reconciling", Rule(off));
        Assert.Empty(within.Findings);
    }

    [Fact]
    public void A_summed_level_below_zero_is_kept_with_a_warning_even_with_no_earlier_month()
    {
        var negative = Check(Row(period: "2025-01", value: -3m));

        Assert.Equal(RowOutcome.Accepted, negative.Outcome);
        Assert.Equal("value.negative", Rule(negative));
        Assert.Empty(Check(Row(period: "2025-01", value: 0m)).Findings);
    }

    [Fact]
    public void A_growth_rate_below_zero_is_no_warning() =>
        Assert.Empty(Check(Row(indicator: "manufacturing-investment-growth", unit: "%", value: -4m, region: "huzhou")).Findings);

    [Fact]
    public void The_same_value_again_is_unchanged_not_a_revision() =>
        Assert.Equal(RowOutcome.Unchanged, Check(Row(value: 100m), null, TestCatalogue.Vintage("manufacturing-investment", "wuxing", Period.Month(2025, 1), 100m)).Outcome);

    [Fact]
    public void A_city_only_indicator_is_refused_for_a_district_and_taken_for_the_city()
    {
        var cityOnly = TestCatalogue.Level("stable-production-rewarded-enterprises");
        cityOnly.CityOnly = true;
        var catalogue = TestCatalogue.Build(cityOnly);

        var district = ObservationRules.Check(Row(indicator: cityOnly.Code), City, catalogue, new ObservationBook([]), Today);
        var city = ObservationRules.Check(Row(indicator: cityOnly.Code, region: "huzhou"), City, catalogue, new ObservationBook([]), Today);

        Assert.Equal((RowOutcome.Rejected, "indicator.city-only"), (district.Outcome, Rule(district)));
        Assert.Equal(RowOutcome.Accepted, city.Outcome);
    }

    [Fact]
    public void A_derived_indicator_cannot_be_typed_in_for_the_city_or_a_district_but_another_city_s_figure_can()
    {
        var counted = TestCatalogue.Level("major-projects-started");
        counted.Unit = "个";
        counted.Derived = new DerivedFigure(FactKind.Projects, CountedOn.Started, Where: new DerivedFilter(IsMajor: true));
        var catalogue = TestCatalogue.Build(counted);

        Assert.Equal("indicator.counted-from-events", Rule(ObservationRules.Check(Row(indicator: "major-projects-started", unit: "个"), City, catalogue, new ObservationBook([]), Today)));
        Assert.Equal("indicator.counted-from-events", Rule(ObservationRules.Check(Row(indicator: "major-projects-started", region: "huzhou", unit: "个"), City, catalogue, new ObservationBook([]), Today)));
        Assert.Equal(RowOutcome.Accepted, ObservationRules.Check(Row(indicator: "major-projects-started", region: "hangzhou", unit: "个"), City, catalogue, new ObservationBook([]), Today).Outcome);
    }

    [Fact]
    public void A_share_of_derived_indicators_is_derived_too()
    {
        Indicator Count(string code) => new()
        {
            Code = code, NameZh = code, NameEn = code, Unit = "个", Frequency = Frequency.Annual, HigherIsBetter = true, Aggregation = Aggregation.Sum,
            Derived = new DerivedFigure(FactKind.Projects, CountedOn.Filed),
        };
        var share = new Indicator
        {
            Code = "share", NameZh = "占比", NameEn = "share", Unit = "%", Frequency = Frequency.Annual, HigherIsBetter = true,
            Aggregation = Aggregation.Ratio, Components = ["a", "b"],
        };

        Assert.True(TestCatalogue.Build(Count("a"), Count("b"), share).IsDerived(share));
        Assert.False(TestCatalogue.Build(Count("a"), TestCatalogue.Level("b"), share).IsDerived(share));
    }

    [Theory]
    [InlineData("1e16", "number.out-of-range")]
    [InlineData("-1e16", "number.out-of-range")]
    [InlineData("100.00001", "number.too-precise")]
    public void A_value_its_column_cannot_keep_is_refused_by_name(string value, string rule) =>
        Assert.Equal(rule, Rule(Check(Row(value: decimal.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)))));

    [Fact]
    public void The_largest_value_its_column_keeps_is_accepted() =>
        Assert.Equal(RowOutcome.Accepted, Check(Row(value: 999999999999999.9999m)).Outcome);
}
