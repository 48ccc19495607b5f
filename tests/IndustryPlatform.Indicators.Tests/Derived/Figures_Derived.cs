using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Derived;
using IndustryPlatform.Indicators.Tests.Support;

namespace IndustryPlatform.Indicators.Tests.Derived;

/// <summary>A derived figure is read from the counted facts: a district's own, the city's as their sum, never a typed copy.</summary>
public sealed class Figures_Derived
{
    private static readonly Period Year = Period.WholeYear(2024);

    private static Indicator Count(string code) => new()
    {
        Code = code, NameZh = code, NameEn = code, Unit = "个", Frequency = Frequency.Annual, HigherIsBetter = true, Aggregation = Aggregation.Sum,
        Derived = new DerivedFigure(FactKind.Projects, CountedOn.Filed, Where: new DerivedFilter(IsMajor: true)),
    };

    private static readonly Indicator Share = new()
    {
        Code = "share", NameZh = "八大链项目占比", NameEn = "share", Unit = "%", Frequency = Frequency.Annual, HigherIsBetter = true,
        Aggregation = Aggregation.Ratio, Components = ["chain", "all"],
    };

    private static Figures Build(params Observation[] typed)
    {
        var catalogue = TestCatalogue.Build(Count("chain"), Count("all"), Share);
        var derived = new DerivedValues();
        foreach (var (district, i) in TestCatalogue.Districts.Select((d, i) => (d, i)))
        {
            derived.Record("chain", district, Year, Basis.Cumulative, new DerivedValue(i + 1, IsDemo: i == 0));
            derived.Record("all", district, Year, Basis.Cumulative, new DerivedValue(2 * (i + 1), IsDemo: false));
            derived.Record("chain", district, Year.SamePeriodLastYear, Basis.Cumulative, new DerivedValue(1, IsDemo: false));
        }

        return new Figures(catalogue, new ObservationBook(typed), derived);
    }

    [Fact]
    public void A_district_s_figure_is_its_own_count_and_the_city_s_the_sum_of_the_districts()
    {
        var figures = Build();
        var chain = figures.Catalogue.Find("chain")!;

        Assert.Equal(new Figure(2m, FigureSource.Derived, null, false), figures.Of(chain, "nanxun", Year, Basis.Cumulative));
        var city = figures.Of(chain, "huzhou", Year, Basis.Cumulative)!;
        Assert.Equal((21m, FigureSource.Derived, true), (city.Value, city.Source, city.IsDemo));
    }

    [Fact]
    public void A_typed_copy_for_the_city_is_not_read_but_another_city_s_typed_figure_is()
    {
        var figures = Build(
            TestCatalogue.Vintage("chain", "huzhou", Year, 999m),
            TestCatalogue.Vintage("chain", "hangzhou", Year, 30m));
        var chain = figures.Catalogue.Find("chain")!;

        Assert.Equal(21m, figures.Of(chain, "huzhou", Year, Basis.Cumulative)!.Value);
        Assert.Equal(FigureSource.Reported, figures.Of(chain, "hangzhou", Year, Basis.Cumulative)!.Source);
        var summary = IndicatorSummary.Compose(chain, "huzhou", Year, Basis.Cumulative, figures, 20m)!;
        Assert.Equal((2, 2), (summary.Rank, summary.RankedCities));
        Assert.Equal(6m, summary.LastYear);
        Assert.Equal(105m, summary.CompletionPercent);
    }

    [Fact]
    public void A_share_of_two_derived_counts_is_recomputed_from_them()
    {
        var figures = Build(TestCatalogue.Vintage("share", "huzhou", Year, 100m));

        var share = figures.Of(Share, "huzhou", Year, Basis.Cumulative)!;

        Assert.Equal((50m, FigureSource.Recomputed), (share.Value, share.Source));
    }

    [Fact]
    public void A_period_that_was_not_counted_has_no_figure() =>
        Assert.Null(Build().Of(Count("chain"), "huzhou", Period.WholeYear(2030), Basis.Cumulative));

    [Fact]
    public void The_bulletin_says_which_figures_were_derived_and_marks_none_of_them_as_reported()
    {
        var figures = Build();

        var bulletin = Bulletin.Compose(figures.Catalogue.Region("huzhou")!, Year, figures, new Dictionary<string, decimal>());

        Assert.All(bulletin.Items, i => Assert.DoesNotContain(Bulletin.ReportedMark, i.Sentence));
        Assert.Equal(FigureSource.Derived, bulletin.Items.Single(i => i.Summary.IndicatorCode == "chain").Source);
        Assert.Equal(FigureSource.Recomputed, bulletin.Items.Single(i => i.Summary.IndicatorCode == "share").Source);
        Assert.True(bulletin.ContainsDemoData);
    }
}
