using System.Globalization;
using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Projects.Tests;

public sealed class Project_StoredNumbers
{
    private readonly FixedClock _clock = FixedClock.At(new DateOnly(2024, 4, 1));

    [Theory]
    [InlineData("100000000", "number.out-of-range")]
    [InlineData("1e9", "number.out-of-range")]
    [InlineData("8.00001", "number.too-precise")]
    public void An_investment_its_column_cannot_keep_is_refused_by_name(string investment, string rule)
    {
        var details = Sample.Details(decimal.Parse(investment, NumberStyles.Float, CultureInfo.InvariantCulture));

        var refused = Assert.Throws<InvalidInputException>(() => Project.Register(Guid.NewGuid(), details, Sample.Reference, "c", _clock));

        Assert.Equal(("total_investment_yi", rule), (refused.Violations[0].Field, refused.Violations[0].Rule.Value));
    }

    [Fact]
    public void A_share_finer_than_two_places_is_refused_and_two_places_are_kept()
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            Project.Register(Guid.NewGuid(), Sample.Details() with { EquipmentInvestmentShare = 40.001m }, Sample.Reference, "c", _clock));
        Assert.Equal(("equipment_investment_share", "number.too-precise"), (refused.Violations[0].Field, refused.Violations[0].Rule.Value));

        var kept = Project.Register(Guid.NewGuid(), Sample.Details(99999999.9999m) with { EquipmentInvestmentShare = 40.01m }, Sample.Reference, "c", _clock);
        Assert.Equal((99999999.9999m, 40.01m), (kept.TotalInvestmentYi, kept.EquipmentInvestmentShare));
    }
}
