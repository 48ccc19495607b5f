using IndustryPlatform.Cockpit.Reporting;

namespace IndustryPlatform.Cockpit.Tests;

public sealed class ReportNumbersTests
{
    private static readonly Labels Zh = new(English: false);
    private static readonly Labels En = new(English: true);

    [Theory]
    [InlineData(1673.88, "亿元", "1,673.9亿元")]
    [InlineData(215, "个", "215个")]
    [InlineData(12000, "家", "1.2万家")]
    [InlineData(25000, "万元", "2.5亿元")]
    [InlineData(9800, "万元", "9,800万元")]
    [InlineData(7.3, "%", "7.3%")]
    public void Amounts_are_written_as_the_report_writes_them(decimal value, string unit, string expected) =>
        Assert.Equal(expected, ReportNumbers.Amount(value, unit));

    [Fact]
    public void Growth_says_up_or_down_in_words() =>
        Assert.Equal(["同比增长7.3%", "同比下降1.2%", "与上年持平", "up 7.3% y/y"],
            [ReportNumbers.Growth(7.3m, Zh), ReportNumbers.Growth(-1.2m, Zh), ReportNumbers.Growth(0m, Zh), ReportNumbers.Growth(7.3m, En)]);

    [Fact]
    public void Differences_of_percentages_are_percentage_points() =>
        Assert.Equal(["高于省均10.1个百分点", "低于省均2.3个百分点", "+3.2个百分点", "-0.6个百分点"],
            [ReportNumbers.GapToProvince(10.1m, Zh), ReportNumbers.GapToProvince(-2.3m, Zh), ReportNumbers.PercentagePoints(3.2m, Zh), ReportNumbers.PercentagePoints(-0.6m, Zh)]);

    [Fact]
    public void Rank_and_completion() =>
        Assert.Equal(["全省第2位", "完成年度目标121.2%", "—"],
            [ReportNumbers.Rank(2, Zh), ReportNumbers.Completion(121.15m, Zh), ReportNumbers.Rank(null, Zh)]);
}
