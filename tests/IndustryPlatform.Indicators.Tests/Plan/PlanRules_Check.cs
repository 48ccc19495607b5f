using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Derived;
using IndustryPlatform.Indicators.Domain.Plan;
using IndustryPlatform.Indicators.Tests.Support;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Indicators.Tests.Plan;

public sealed class PlanRules_Check
{
    private const int ThisYear = 2026;
    private static readonly IReadOnlySet<string> Chains = new HashSet<string> { "nev", "smart-logistics", "textiles" };

    private static readonly Indicator Started = new()
    {
        Code = "major-projects-started", NameZh = "重大项目新开工", NameEn = "Major projects started", Unit = "个", Frequency = Frequency.Monthly,
        HigherIsBetter = true, Aggregation = Aggregation.Sum,
        Derived = new DerivedFigure(FactKind.Projects, CountedOn.Started, Where: new DerivedFilter(IsMajor: true)),
    };

    private static readonly Indicator NevFiled = new()
    {
        Code = "nev-chain-major-projects-filed", NameZh = "新能源汽车产业链重大项目", NameEn = "NEV chain", Unit = "个", Frequency = Frequency.Monthly,
        HigherIsBetter = true, Aggregation = Aggregation.Sum,
        Derived = new DerivedFigure(FactKind.Projects, CountedOn.Filed, Where: new DerivedFilter(IsMajor: true, Chains: ["nev"])),
    };

    private static readonly Indicator CityOnly = new()
    {
        Code = "industry-gdp-contribution", NameZh = "工业对GDP增长的贡献率", NameEn = "Contribution", Unit = "%", Frequency = Frequency.Annual,
        HigherIsBetter = true, Aggregation = Aggregation.None,
    };

    private static readonly Catalogue Catalogue = TestCatalogue.Build(TestCatalogue.Level(), TestCatalogue.Growth(), Started, NevFiled, CityOnly);

    private static TargetSetting Setting(
        string indicator = "manufacturing-investment", string region = "huzhou", string? chain = null, int year = 2025, decimal value = 300m,
        string? reason = "2025年工作计划", int expectedVersion = 0) => new(indicator, region, chain, year, value, reason, expectedVersion);

    private static IReadOnlyList<RuleViolation> Check(TargetSetting setting) => PlanRules.Check(setting, Catalogue, Chains, ThisYear);

    private static string Rule(TargetSetting setting) => Assert.Single(Check(setting)).Rule;

    [Fact]
    public void A_city_target_and_a_district_target_of_a_catalogue_indicator_pass()
    {
        Assert.Empty(Check(Setting()));
        Assert.Empty(Check(Setting(region: "anji")));
    }

    [Fact]
    public void An_indicator_not_in_the_catalogue_is_named() => Assert.Equal("plan.indicator-unknown", Rule(Setting(indicator: "nonsense")));

    [Theory]
    [InlineData("hangzhou")]
    [InlineData("zhejiang")]
    [InlineData("beijing")]
    public void Only_the_city_and_its_districts_have_a_plan(string region) => Assert.Equal("plan.region-unknown", Rule(Setting(region: region)));

    [Fact]
    public void A_district_target_for_an_indicator_kept_for_the_city_only_is_refused()
    {
        Assert.Equal("plan.district-for-city-only-indicator", Rule(Setting(indicator: CityOnly.Code, region: "deqing", value: 20m)));
        Assert.Empty(Check(Setting(indicator: CityOnly.Code, value: 20m)));
    }

    [Fact]
    public void A_negative_count_or_level_is_refused_a_negative_rate_is_not()
    {
        Assert.Equal("plan.value-negative", Rule(Setting(indicator: Started.Code, value: -1m)));
        Assert.Equal("plan.value-negative", Rule(Setting(value: -0.5m)));
        Assert.Empty(Check(Setting(indicator: "manufacturing-investment-growth", value: -2m)));
    }

    [Fact]
    public void A_chain_target_is_for_a_count_of_projects_not_already_of_one_chain()
    {
        Assert.Empty(Check(Setting(indicator: Started.Code, chain: "nev", value: 40m)));
        Assert.Equal("plan.chain-not-counted", Rule(Setting(chain: "nev")));
        Assert.Equal("plan.chain-not-counted", Rule(Setting(indicator: NevFiled.Code, chain: "nev", value: 28m)));
        Assert.Equal("chain.unknown", Rule(Setting(indicator: Started.Code, chain: "spaceships", value: 1m)));
    }

    [Fact]
    public void A_chain_target_is_the_city_s() =>
        Assert.Equal("plan.chain-for-district", Rule(Setting(indicator: Started.Code, region: "wuxing", chain: "nev", value: 5m)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_target_without_a_reason_is_refused(string? reason) => Assert.Equal("plan.reason-required", Rule(Setting(reason: reason)));

    [Fact]
    public void A_reason_longer_than_the_history_keeps_is_refused() =>
        Assert.Equal("plan.reason-too-long", Rule(Setting(reason: new string('因', PlanRules.ReasonMaxLength + 1))));

    [Theory]
    [InlineData(ThisYear - PlanRules.YearsBack - 1)]
    [InlineData(ThisYear + PlanRules.YearsAhead + 1)]
    public void A_year_far_from_now_is_out_of_range(int year) => Assert.Equal("plan.year-out-of-range", Rule(Setting(year: year)));

    [Fact]
    public void A_value_finer_than_the_column_is_refused_not_rounded() => Assert.Equal("number.too-precise", Rule(Setting(value: 1.00001m)));

    [Fact]
    public void Every_broken_rule_is_named_at_once()
    {
        var rules = Check(Setting(indicator: "nonsense", region: "beijing", reason: null, year: 1990)).Select(v => v.Rule.Value);

        Assert.Equal(["plan.indicator-unknown", "plan.region-unknown", "plan.reason-required", "plan.year-out-of-range"], rules);
    }

    [Fact]
    public void A_first_value_is_made_against_version_0_and_a_change_against_the_version_read()
    {
        var target = new Target { IndicatorCode = Started.Code, RegionCode = "huzhou", Year = 2025, Value = 200m };
        PlanRules.EnsureVersion(null, Setting(expectedVersion: 0));
        PlanRules.EnsureVersion(target, Setting(expectedVersion: 1));

        Assert.Equal("plan.version-conflict", Assert.Throws<ConcurrencyConflictException>(() => PlanRules.EnsureVersion(null, Setting(expectedVersion: 1))).Rule);
        Assert.Equal("plan.version-conflict", Assert.Throws<ConcurrencyConflictException>(() => PlanRules.EnsureVersion(target, Setting(expectedVersion: 0))).Rule);

        target.Change(210m);
        Assert.Equal((210m, 2), (target.Value, target.Version));
        Assert.Throws<ConcurrencyConflictException>(() => PlanRules.EnsureVersion(target, Setting(expectedVersion: 1)));
    }

    private static ThresholdsSetting Thresholds(decimal tolerance = 8m, int yellow = 15, int red = 60, string? reason = "2025年亮灯标准", int year = 2025) =>
        new(year, tolerance, yellow, red, reason, 0);

    [Fact]
    public void Light_thresholds_pass_when_the_tolerance_is_a_share_of_points_and_red_comes_after_yellow()
    {
        Assert.Empty(PlanRules.Check(Thresholds(), ThisYear));
        Assert.Equal("plan.tolerance-out-of-range", Assert.Single(PlanRules.Check(Thresholds(tolerance: 0m), ThisYear)).Rule);
        Assert.Equal("plan.tolerance-out-of-range", Assert.Single(PlanRules.Check(Thresholds(tolerance: 120m), ThisYear)).Rule);
        Assert.Equal("plan.overdue-days-out-of-order", Assert.Single(PlanRules.Check(Thresholds(yellow: 60, red: 15), ThisYear)).Rule);
        Assert.Equal("plan.overdue-days-out-of-order", Assert.Single(PlanRules.Check(Thresholds(yellow: 0, red: 15), ThisYear)).Rule);
        Assert.Equal(["plan.reason-required", "plan.year-out-of-range"], PlanRules.Check(Thresholds(reason: null, year: 2040), ThisYear).Select(v => v.Rule.Value));
    }

    [Fact]
    public void A_year_never_set_has_the_default_thresholds_at_version_0_and_the_first_setting_makes_version_1()
    {
        var thresholds = LightThresholds.Default(2025);
        Assert.Equal((10m, 15, 60, 0), (thresholds.IndicatorYellowTolerance, thresholds.ProjectYellowAfterDays, thresholds.ProjectRedAfterDays, thresholds.Version));
        PlanRules.EnsureVersion((LightThresholds?)null, Thresholds());

        thresholds.Change(Thresholds(tolerance: 5m));
        Assert.Equal((5m, 1), (thresholds.IndicatorYellowTolerance, thresholds.Version));
        Assert.Equal("plan.version-conflict", Assert.Throws<ConcurrencyConflictException>(() => PlanRules.EnsureVersion(thresholds, Thresholds())).Rule);
    }
}
