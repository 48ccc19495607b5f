using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Tests.Support;

namespace IndustryPlatform.Indicators.Tests;

public sealed class Bulletin_Sentence
{
    private static readonly Period March = Period.Month(2025, 3);

    private static IndicatorSummary Summary(Indicator indicator, params Observation[] known) =>
        IndicatorSummary.Compose(indicator, "huzhou", March, Basis.Cumulative,
            new Figures(TestCatalogue.Build(TestCatalogue.Level(), TestCatalogue.Level("fixed-asset-investment"), TestCatalogue.Growth(), TestCatalogue.Share()), new ObservationBook(known)), null)!;

    [Theory]
    [InlineData(14500, "个", "1.45万个")]
    [InlineData(9999, "个", "9999个")]
    [InlineData(-12000, "家", "-1.2万家")]
    [InlineData(1673.94, "亿元", "1673.9亿元")]
    [InlineData(25000, "万元", "25000万元")]
    [InlineData(33.94, "%", "33.9%")]
    public void Amounts_are_written_as_the_report_writes_them(decimal value, string unit, string expected) =>
        Assert.Equal(expected, Bulletin.Amount(value, unit));

    [Fact]
    public void A_fall_reads_as_a_decline()
    {
        var summary = Summary(TestCatalogue.Level(),
            TestCatalogue.Vintage("manufacturing-investment", "huzhou", March, 90m),
            TestCatalogue.Vintage("manufacturing-investment", "huzhou", March.SamePeriodLastYear, 100m));

        Assert.Equal("制造业投资90亿元（报送）,同比下降10%", Bulletin.Sentence(summary));
    }

    [Fact]
    public void Without_last_year_there_is_no_growth_to_tell()
    {
        var summary = Summary(TestCatalogue.Level(), TestCatalogue.Vintage("manufacturing-investment", "huzhou", March, 90m));

        Assert.Null(summary.GrowthPercent);
        Assert.Equal("制造业投资90亿元（报送）", Bulletin.Sentence(summary));
    }

    [Fact]
    public void Below_the_province_and_tied_with_another_city()
    {
        var summary = Summary(TestCatalogue.Growth(),
            TestCatalogue.Vintage("manufacturing-investment-growth", "huzhou", March, 2.5m),
            TestCatalogue.Vintage("manufacturing-investment-growth", "jiaxing", March, 2.5m),
            TestCatalogue.Vintage("manufacturing-investment-growth", "hangzhou", March, 9m),
            TestCatalogue.Vintage("manufacturing-investment-growth", "zhejiang", March, 3.3m));

        Assert.Equal(2, summary.Rank);
        Assert.Equal("制造业投资同比增长2.5%（报送）、低于省均0.8个百分点,全省第2位", Bulletin.Sentence(summary));
    }

    [Fact]
    public void A_share_falling_reads_as_fewer_points()
    {
        var summary = Summary(TestCatalogue.Share(),
            TestCatalogue.Vintage("manufacturing-investment-share", "huzhou", March, 30m),
            TestCatalogue.Vintage("manufacturing-investment-share", "huzhou", March.SamePeriodLastYear, 31.5m));

        Assert.Equal("制造业投资占固投比重30%（报送）,较去年同期减少1.5个百分点", Bulletin.Sentence(summary));
    }

    [Fact]
    public void A_city_figure_recomputed_from_its_districts_is_not_marked_as_reported()
    {
        var districts = TestCatalogue.Districts.Select(d => TestCatalogue.Vintage("manufacturing-investment", d, March, 15m)).ToArray();
        var summary = Summary(TestCatalogue.Level(), districts);

        Assert.Equal(FigureSource.Recomputed, summary.Source);
        Assert.Equal("制造业投资90亿元", Bulletin.Sentence(summary));
    }

    [Fact]
    public void A_region_without_figures_gets_a_bulletin_that_says_so()
    {
        var catalogue = TestCatalogue.Build(TestCatalogue.Level());

        var bulletin = Bulletin.Compose(catalogue.Region("huzhou")!, Period.WholeYear(2025), new Figures(catalogue, new ObservationBook([])), new Dictionary<string, decimal>());

        Assert.Equal("2025年,湖州市暂无已报送的指标数据。", bulletin.Text);
        Assert.Empty(bulletin.Items);
    }
}
