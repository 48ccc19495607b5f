using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Computation;
using IndustryPlatform.Indicators.Tests.Support;

namespace IndustryPlatform.Indicators.Tests;

/// <summary>The seeded demo history, computed by the service's own rules, says what the bureau's 2024 report says.</summary>
public sealed class Bulletin_FromSeeds
{
    private static readonly Lazy<(Catalogue Catalogue, Figures Figures)> Seeded = new(() =>
    {
        var catalogue = SeedData.Catalogue();
        return (catalogue, new Figures(catalogue, SeedData.History()));
    });

    private static Bulletin Huzhou2024()
    {
        var (catalogue, figures) = Seeded.Value;
        return Bulletin.Compose(catalogue.Region("huzhou")!, Period.WholeYear(2024), figures, SeedData.Targets("huzhou", 2024));
    }

    private static IndicatorSummary Card(string code) => Huzhou2024().Items.Single(i => i.Summary.IndicatorCode == code).Summary;

    [Theory]
    [InlineData("规上工业增加值同比增长7.3%")]
    [InlineData("全部工业增加值对GDP增长的贡献率52.2%")]
    [InlineData("制造业投资同比增长13.4%、高于省均10.1个百分点,全省第2位")]
    [InlineData("制造业投资占固投比重33.9%,较去年同期增加3.2个百分点")]
    [InlineData("技改投资增长30.6%")]
    [InlineData("规上工业新产品产值率48.8%")]
    [InlineData("规上工业每百元营业收入成本86.2元,同比下降0.6元")]
    [InlineData("累计减轻企业负担242.3亿元")]
    [InlineData("实现年度计划的121.2%")]
    [InlineData("八大新兴产业链营业收入占规上比重36.9%,较去年同期增加2.7个百分点")]
    [InlineData("重点传统制造业利润总额同比增长10.4%、高于省均12.9个百分点,全省第2位")]
    [InlineData("规上数字经济核心产业制造业增加值增长14%、高于省均6.4个百分点")]
    [InlineData("每万人拥有5G基站数42个,全省第3位")]
    [InlineData("转型提质累计完成改造提升企业226家（报送）,实现年度计划的161.4%")]
    public void The_2024_bulletin_for_Huzhou_reproduces_the_report(string phrase) => Assert.Contains(phrase, Huzhou2024().Text);

    [Fact]
    public void Ranks_match_the_report()
    {
        Assert.Equal(2, Card("manufacturing-investment-growth").Rank);
        Assert.Equal(2, Card("upgrade-investment-growth").Rank);
        Assert.Equal(3, Card("new-product-output-rate").Rank);
        Assert.Equal(3, Card("5g-base-stations-per-10k").Rank);
        Assert.Equal(5, Card("provincial-characteristic-clusters").Rank);
        Assert.Equal(4, Card("provincial-rising-star-clusters").Rank);
        Assert.Equal(11, Card("manufacturing-investment-growth").RankedCities);
    }

    [Fact]
    public void Huzhou_s_rates_are_recomputed_from_the_districts()
    {
        var growth = Card("manufacturing-investment-growth");

        Assert.Equal(FigureSource.Recomputed, growth.Source);
        Assert.Equal(13.4m, Math.Round(growth.Value, 1));
    }

    [Fact]
    public void Plans_are_lit_against_the_pace_of_the_year()
    {
        var burden = Card("burden-reduction");

        Assert.Equal(121.2m, Math.Round(burden.CompletionPercent!.Value, 1));
        Assert.Equal(Light.Green, burden.Light);
    }

    [Fact]
    public void Every_typed_report_indicator_has_a_2024_figure_and_no_derived_one_comes_from_the_history()
    {
        var (catalogue, _) = Seeded.Value;
        var bulletin = Huzhou2024();

        var missing = catalogue.Indicators.Values
            .Where(i => i.Frequency != Frequency.Quarterly)
            .Where(i => !bulletin.Items.Any(item => item.Summary.IndicatorCode == i.Code))
            .Select(i => i.Code)
            .Order()
            .ToList();
        // Derived figures are counted from the registries' records, of which this test has none.
        Assert.Equal(catalogue.Indicators.Values.Where(catalogue.IsDerived).Select(i => i.Code).Order().ToList(), missing);
    }

    [Fact]
    public void The_bulletin_says_it_is_built_on_demo_data() => Assert.True(Huzhou2024().ContainsDemoData);
}
