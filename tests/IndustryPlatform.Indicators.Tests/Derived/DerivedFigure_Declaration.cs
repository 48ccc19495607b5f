using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Derived;
using IndustryPlatform.Indicators.Tests.Support;

namespace IndustryPlatform.Indicators.Tests.Derived;

/// <summary>The catalogue's derived declarations: each can be counted, and each period reads the days it should.</summary>
public sealed class DerivedFigure_Declaration
{
    [Fact]
    public void Every_derived_indicator_of_the_catalogue_is_declared_so_it_can_be_counted()
    {
        var catalogue = SeedData.Catalogue();
        var derived = catalogue.Indicators.Values.Where(i => i.Derived is not null).ToList();

        Assert.All(derived, i => Assert.Empty(i.Derived!.Problems(i.Frequency)));
        Assert.Contains(derived, i => i.Code == "major-projects-started" && i.Derived!.CountedOn == CountedOn.Started && i.Derived.Filter.IsMajor == true);
        Assert.True(catalogue.IsDerived(catalogue.Find("provincial-major-list-start-rate")!));
        Assert.True(catalogue.IsDerived(catalogue.Find("major-chain-projects-share")!));
        Assert.False(catalogue.IsDerived(catalogue.Find("manufacturing-investment")!));
    }

    [Fact]
    public void A_declaration_that_cannot_be_counted_says_why()
    {
        Assert.NotEmpty(new DerivedFigure(FactKind.Tiers, CountedOn.Started).Problems(Frequency.Annual));
        Assert.NotEmpty(new DerivedFigure(FactKind.Tiers, CountedOn.Year).Problems(Frequency.Monthly));
        Assert.NotEmpty(new DerivedFigure(FactKind.Listings, CountedOn.Listed, Measure.TotalInvestment).Problems(Frequency.Annual));
        Assert.NotEmpty(new DerivedFigure(FactKind.Tiers, CountedOn.Year, Where: new DerivedFilter(IsMajor: true)).Problems(Frequency.Annual));
        Assert.Empty(new DerivedFigure(FactKind.Projects, CountedOn.PlannedStart, Where: new DerivedFilter(IsProvincialMajor: true, Reached: CountedOn.Started)).Problems(Frequency.Annual));
    }

    [Fact]
    public void A_month_counts_its_own_days_or_the_year_to_its_end_and_a_stock_everything_before_its_end()
    {
        var flow = new DerivedFigure(FactKind.Projects, CountedOn.Started);
        var stock = new DerivedFigure(FactKind.Listings, CountedOn.Listed, Cumulative: true);

        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 4, 1)), flow.Window(Period.Month(2024, 3), Basis.Monthly));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 4, 1)), flow.Window(Period.Month(2024, 3), Basis.Cumulative));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)), flow.Window(Period.WholeYear(2024), Basis.Cumulative));
        Assert.Equal(((DateOnly?)null, new DateOnly(2025, 1, 1)), stock.Window(Period.WholeYear(2024), Basis.Cumulative));
    }
}
