using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Tests.Support;

namespace IndustryPlatform.Indicators.Tests;

/// <summary>The seeded demo world has district figures for the report's sections 一 to 四, and they make the city's.</summary>
public sealed class DistrictFigures_FromSeeds
{
    private const string LastOfSectionFour = "deep-coverage-trunk-lines";

    private static readonly Lazy<(Catalogue Catalogue, Figures Figures)> Seeded = new(() =>
    {
        var catalogue = SeedData.Catalogue();
        return (catalogue, new Figures(catalogue, SeedData.History()));
    });

    /// <summary>The typed indicators of sections 一 to 四 (derived ones are counted from the registries' demo records).</summary>
    public static TheoryData<string> SectionsOneToFour()
    {
        var catalogue = SeedData.Catalogue();
        var ordered = catalogue.Indicators.Values.OrderBy(i => i.Position).ToList();
        var last = ordered.FindIndex(i => i.Code == LastOfSectionFour);
        return [.. ordered.Take(last + 1).Where(i => !catalogue.IsDerived(i) && !i.CityOnly).Select(i => i.Code)];
    }

    private static Period YearEnd(Indicator indicator) => indicator.Frequency switch
    {
        Frequency.Monthly => Period.Month(2024, 12),
        Frequency.Quarterly => Period.Quarter(2024, 4),
        _ => Period.WholeYear(2024),
    };

    [Theory]
    [MemberData(nameof(SectionsOneToFour))]
    public void Every_district_has_a_2024_figure_and_the_city_s_is_unchanged_by_them(string code)
    {
        var (catalogue, figures) = Seeded.Value;
        var indicator = catalogue.Find(code)!;
        var period = YearEnd(indicator);

        var comparison = DistrictComparison.Compose(indicator, period, Basis.Cumulative, figures, new Dictionary<string, decimal>());

        Assert.Empty(comparison.Unranked);
        Assert.NotNull(comparison.City);
        if (indicator.Aggregation == Aggregation.Sum)
        {
            // Additive: the districts add up to the city's figure exactly, whether the city's was typed or summed.
            Assert.Equal(comparison.City, comparison.Districts.Sum(d => d.Value));
        }
    }

    [Fact]
    public void Only_the_city_budget_s_own_rewards_are_city_only_in_sections_one_to_four()
    {
        var ordered = SeedData.Catalogue().Indicators.Values.OrderBy(i => i.Position).ToList();
        var sections = ordered.Take(ordered.FindIndex(i => i.Code == LastOfSectionFour) + 1);

        Assert.Equal(["stable-production-rewarded-enterprises"], sections.Where(i => i.CityOnly).Select(i => i.Code));
        Assert.Contains(ordered, i => i.CityOnly && i.Position > sections.Count());
    }
}
