using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

public sealed class CarbonEfficiency_Grade
{
    private static readonly CarbonEfficiencySettings Settings = SeededCatalogue.Catalogue.CarbonEfficiency;

    [Theory]
    [InlineData("0", 1)]
    [InlineData("0.6", 1)]
    [InlineData("0.6000001", 2)]
    [InlineData("0.8", 2)]
    [InlineData("0.8000001", 3)]
    [InlineData("1.0", 3)]
    [InlineData("1.2", 3)]
    [InlineData("1.2000001", 4)]
    [InlineData("2.0", 4)]
    [InlineData("2.0000001", 5)]
    [InlineData("7", 5)]
    public void Grades_by_the_ratio_to_the_industry_average_with_inclusive_upper_bounds(string ratio, int grade) =>
        Assert.Equal(grade, CarbonEfficiency.GradeOf(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture), Settings));

    [Fact]
    public void The_catalogue_holds_the_bounds_of_the_carbon_efficiency_code() =>
        Assert.Equal([0.6m, 0.8m, 1.2m, 2.0m], Settings.GradeUpperBounds);

    [Fact]
    public void Divides_co2_by_value_added_and_compares_with_the_longest_matching_industry_prefix()
    {
        // C38 average 0.4 t/万元; 480 t over 1,000万 = 0.48 → K = 1.2 exactly → grade 3.
        var figures = SeededCatalogue.Figures(co2: 480m, valueAdded: 1_000m);

        var carbon = CarbonEfficiency.Of(figures, "C3841", Settings)!;

        Assert.Equal(0.48m, carbon.Intensity);
        Assert.Equal(0.4m, carbon.IndustryAverage);
        Assert.Equal(1.2m, carbon.Ratio);
        Assert.Equal(3, carbon.Grade);
    }

    [Fact]
    public void Uses_the_default_average_for_an_industry_without_its_own()
    {
        var carbon = CarbonEfficiency.Of(SeededCatalogue.Figures(co2: 500m, valueAdded: 1_000m), "I6531", Settings)!;

        Assert.Equal(Settings.DefaultIndustryAverage, carbon.IndustryAverage);
        Assert.Equal(1, carbon.Grade);
    }

    [Fact]
    public void Has_no_grade_without_value_added() =>
        Assert.Null(CarbonEfficiency.Of(SeededCatalogue.Figures(valueAdded: 0m), "C3841", Settings));
}
