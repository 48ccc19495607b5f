using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.Tests;

public sealed class Period_Parse
{
    [Theory]
    [InlineData("2024-03", 2024, PeriodKind.Month, 3)]
    [InlineData("2024-Q2", 2024, PeriodKind.Quarter, 2)]
    [InlineData("2024", 2024, PeriodKind.Year, 0)]
    public void Reads_months_quarters_and_years(string text, int year, PeriodKind kind, int number)
    {
        Assert.True(Period.TryParse(text, out var period));
        Assert.Equal(new Period(year, kind, number), period);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-Q5")]
    [InlineData("2024-3")]
    [InlineData("24")]
    [InlineData("2024\0")]
    [InlineData("2024-03\0")]
    [InlineData("２０２４")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_anything_else(string? text) => Assert.False(Period.TryParse(text, out _));

    [Fact]
    public void January_follows_December_of_the_year_before() => Assert.Equal(Period.Month(2023, 12), Period.Month(2024, 1).Previous);

    [Fact]
    public void A_period_ends_on_the_first_day_of_the_next_month() => Assert.Equal(new DateOnly(2025, 1, 1), Period.Month(2024, 12).EndsBefore);

    [Theory]
    [InlineData("2024-12", Basis.Cumulative, "2024年")]
    [InlineData("2024-06", Basis.Cumulative, "2024年1-6月")]
    [InlineData("2024-06", Basis.Monthly, "2024年6月")]
    public void Labels_read_as_the_bureau_writes_them(string text, Basis basis, string label)
    {
        Period.TryParse(text, out var period);
        Assert.Equal(label, period.LabelZh(basis));
    }
}
