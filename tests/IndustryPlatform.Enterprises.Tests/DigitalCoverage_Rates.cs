using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Tests;

public sealed class DigitalCoverage_Rates
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero));

    private static DigitalLevelRecord Record(DigitalLevel level, string reachedOn, string evidence = "省数字化改造诊断报告") =>
        DigitalLevelRecord.Record("91330500MA2B00001X", "wuxing", level, DateOnly.Parse(reachedOn, System.Globalization.CultureInfo.InvariantCulture), evidence, "district-wuxing", false, Clock);

    [Theory]
    [InlineData("none", DigitalLevel.None)]
    [InlineData("1.0", DigitalLevel.Level1)]
    [InlineData(" 2.0 ", DigitalLevel.Level2)]
    public void Reads_and_writes_the_levels_as_the_bureau_writes_them(string text, DigitalLevel level)
    {
        Assert.Equal(level, DigitalLevels.Parse(text));
        Assert.Equal(text.Trim(), DigitalLevels.Write(level));
    }

    [Fact]
    public void Refuses_an_unknown_level_a_future_date_and_missing_evidence_by_name()
    {
        var unknown = Assert.Throws<InvalidInputException>(() => DigitalLevels.Parse("3.0"));
        var refused = Assert.Throws<InvalidInputException>(() => Record(DigitalLevel.Level1, "2025-03-02", evidence: " "));
        var tooLong = Assert.Throws<InvalidInputException>(() => Record(DigitalLevel.Level1, "2025-01-02", evidence: new string('证', 501)));

        Assert.Equal("digital-level.unknown", unknown.Rule.Value);
        Assert.Equal(["date.in-future", "digital-level.evidence-required"], refused.Violations.Select(v => v.Rule.Value).Order());
        Assert.Equal("digital-level.evidence-too-long", tooLong.Rule.Value);
    }

    [Fact]
    public void The_level_on_a_date_is_the_one_reached_latest_by_then_and_a_later_correction_of_the_same_day_wins()
    {
        var first = Record(DigitalLevel.Level1, "2023-05-10");
        var second = Record(DigitalLevel.Level2, "2024-06-01");
        Clock.Advance(TimeSpan.FromMinutes(1));
        var correction = Record(DigitalLevel.Level1, "2024-06-01");

        Assert.Equal(DigitalLevel.None, DigitalLevelRecord.LevelOn([first, second], new DateOnly(2023, 5, 9)));
        Assert.Equal(DigitalLevel.Level1, DigitalLevelRecord.LevelOn([first, second], new DateOnly(2023, 12, 31)));
        Assert.Equal(DigitalLevel.Level2, DigitalLevelRecord.LevelOn([first, second], new DateOnly(2024, 6, 1)));
        Assert.Equal(DigitalLevel.Level1, DigitalLevelRecord.LevelOn([first, second, correction], new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public void Coverage_is_the_share_of_above_scale_enterprises_at_1_0_or_beyond_and_at_2_0_in_the_city_by_district_and_industry()
    {
        var coverage = DigitalCoverage.Of(2024,
        [
            new("1", "wuxing", "C3841", DigitalLevel.Level2),
            new("2", "wuxing", "C3842", DigitalLevel.Level1),
            new("3", "wuxing", "C2611", DigitalLevel.None),
            new("4", "anji", "C3841", DigitalLevel.Level1),
        ]);

        Assert.Equal(new DigitalCoverageGroup("huzhou", 4, 3, 1, 0.75m, 0.25m), coverage.City);
        Assert.Equal(new DigitalCoverageGroup("anji", 1, 1, 0, 1m, 0m), coverage.Districts[0]);
        Assert.Equal(new DigitalCoverageGroup("wuxing", 3, 2, 1, 0.6667m, 0.3333m), coverage.Districts[1]);
        Assert.Equal(["C26", "C38"], coverage.Industries.Select(i => i.Code));
        Assert.Equal(new DigitalCoverageGroup("C38", 3, 3, 1, 1m, 0.3333m), coverage.Industries[1]);
    }

    [Fact]
    public void A_year_without_above_scale_enterprises_has_no_coverage_rather_than_a_division_by_zero() =>
        Assert.Equal(new DigitalCoverageGroup("huzhou", 0, 0, 0, 0m, 0m), DigitalCoverage.Of(2024, []).City);
}
