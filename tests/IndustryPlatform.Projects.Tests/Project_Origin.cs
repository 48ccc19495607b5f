using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Tests;

public sealed class Project_Origin
{
    private readonly FixedClock _clock = FixedClock.At(new DateOnly(2024, 4, 1));

    [Theory]
    [InlineData("NewlyIntroduced", ProjectOrigin.NewlyIntroduced)]
    [InlineData("endogenous", ProjectOrigin.Endogenous)]
    public void The_origin_is_kept_with_the_digital_economy_flag(string origin, ProjectOrigin expected)
    {
        var project = Project.Register(Guid.NewGuid(), Sample.Details() with { Origin = origin, IsDigitalEconomyCore = true }, Sample.Reference, "c", _clock);

        Assert.Equal(expected, project.Origin);
        Assert.True(project.IsDigitalEconomyCore);
    }

    [Theory]
    [InlineData(null, "origin.required")]
    [InlineData(" ", "origin.required")]
    [InlineData("Imported", "origin.unknown")]
    [InlineData("1", "origin.unknown")]
    public void A_missing_or_unknown_origin_is_refused(string? origin, string rule)
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            Project.Register(Guid.NewGuid(), Sample.Details() with { Origin = origin }, Sample.Reference, "c", _clock));

        Assert.Equal(("origin", rule), (refused.Violations[0].Field, refused.Violations[0].Rule.Value));
    }

    [Theory]
    [InlineData("0.0499")]
    [InlineData("0.01")]
    public void A_technical_upgrade_below_five_million_yuan_is_refused(string investment)
    {
        var details = Sample.Details(decimal.Parse(investment, System.Globalization.CultureInfo.InvariantCulture), kind: "TechnicalUpgrade");

        var refused = Assert.Throws<InvalidInputException>(() => Project.Register(Guid.NewGuid(), details, Sample.Reference, "c", _clock));

        Assert.Equal(("total_investment_yi", "project.upgrade-below-minimum"), (refused.Violations[0].Field, refused.Violations[0].Rule.Value));
    }

    [Theory]
    [InlineData("TechnicalUpgrade", "0.05")]
    [InlineData("NewManufacturing", "0.01")]
    [InlineData("LandRenewal", "0.01")]
    public void Five_million_yuan_is_enough_for_a_technical_upgrade_and_other_kinds_have_no_minimum(string kind, string investment)
    {
        var project = Project.Register(Guid.NewGuid(),
            Sample.Details(decimal.Parse(investment, System.Globalization.CultureInfo.InvariantCulture), kind: kind), Sample.Reference, "c", _clock);

        Assert.Equal(kind, project.Kind.ToString());
    }
}
