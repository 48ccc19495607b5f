using IndustryPlatform.Enterprises.Domain;
using static IndustryPlatform.Enterprises.Tests.SeededCatalogue;

namespace IndustryPlatform.Enterprises.Tests;

/// <summary>Each tier's criteria as seeds/tiers.json states them, met and missed, with the numbers a clerk reads.</summary>
public sealed class TierCriteria_Evaluate
{
    private const int Year = 2024;

    private static TierEvaluation Judge(string tier, FigureValues figures, DateOnly? founded = null, params string[] held) =>
        Judge(tier, new Dictionary<int, FigureValues> { [Year] = figures }, founded, held);

    private static TierEvaluation Judge(string tier, Dictionary<int, FigureValues> byYear, DateOnly? founded = null, params string[] held)
    {
        var subject = Subject(byYear, founded: founded, held: held);
        var carbon = CarbonEfficiency.Of(byYear[Year], subject.IndustryCode, Catalogue.CarbonEfficiency);
        return Evaluator.Evaluate(Tier(tier), subject, Year, carbon);
    }

    private static CriterionResult Criterion(TierEvaluation evaluation, string code) => evaluation.Criteria.Single(c => c.Code == code);

    [Fact]
    public void Golden_elephant_misses_on_taxes_below_3_yi_and_says_so_with_the_numbers()
    {
        var evaluation = Judge("golden-elephant", Figures(revenue: 500_000m, taxes: 24_000m), held: "provincial-tech-centre");

        Assert.False(evaluation.Met);
        var size = Criterion(evaluation, "size");
        Assert.False(size.Met);
        Assert.Contains(size.Findings, f => f.Contains("taxes 2.4亿 < 3亿 required", StringComparison.Ordinal));
        Assert.Contains(size.Findings, f => f.Contains("revenue 50亿 < 100亿 required", StringComparison.Ordinal));
        Assert.True(Criterion(evaluation, "technology-centre").Met);
    }

    [Fact]
    public void Golden_elephant_is_met_by_taxes_of_3_yi_with_a_technology_centre()
    {
        var evaluation = Judge("golden-elephant", Figures(revenue: 500_000m, taxes: 30_000m), held: "provincial-tech-centre");

        Assert.True(evaluation.Met);
        Assert.Equal(["taxes 3亿 ≥ 3亿"], Criterion(evaluation, "size").Findings);
    }

    [Fact]
    public void Golden_elephant_is_met_by_revenue_of_100_yi_with_3_yi_investment_over_three_years()
    {
        var byYear = new Dictionary<int, FigureValues>
        {
            [2022] = Figures(revenue: 900_000m, taxes: 10_000m, investment: 10_000m),
            [2023] = Figures(revenue: 950_000m, taxes: 10_000m, investment: 10_000m),
            [2024] = Figures(revenue: 1_000_000m, taxes: 10_000m, investment: 10_000m),
        };

        var evaluation = Judge("golden-elephant", byYear, held: "provincial-tech-centre");

        Assert.True(evaluation.Met);
        Assert.Contains("industrial investment over 3 years 3亿 ≥ 3亿", Criterion(evaluation, "size").Findings);
    }

    [Fact]
    public void Golden_elephant_investment_over_three_years_counts_only_the_years_on_record()
    {
        var byYear = new Dictionary<int, FigureValues>
        {
            [2023] = Figures(revenue: 950_000m, taxes: 10_000m, investment: 10_000m),
            [2024] = Figures(revenue: 1_000_000m, taxes: 10_000m, investment: 10_000m),
        };

        var size = Criterion(Judge("golden-elephant", byYear, held: "provincial-tech-centre"), "size");

        Assert.False(size.Met);
        Assert.Contains(size.Findings, f => f.Contains("industrial investment over 3 years 2亿 < 3亿 required (2 of 3 years on record)", StringComparison.Ordinal));
    }

    [Fact]
    public void Golden_elephant_needs_a_provincial_technology_centre()
    {
        var evaluation = Judge("golden-elephant", Figures(revenue: 500_000m, taxes: 40_000m));

        Assert.False(evaluation.Met);
        var centre = Criterion(evaluation, "technology-centre");
        Assert.False(centre.Met);
        Assert.Contains("does not hold 省级企业技术中心 (provincial-tech-centre), required", centre.Findings);
    }

    [Theory]
    [InlineData(19_999.99, false)]
    [InlineData(20_000, true)]
    public void Golden_bull_starts_at_2_yi_taxes(double taxes, bool met) =>
        Assert.Equal(met, Judge("golden-bull", Figures(revenue: 300_000m, taxes: (decimal)taxes), held: "provincial-tech-centre").Met);

    [Fact]
    public void Golden_bull_alternative_is_50_yi_revenue_with_2_yi_investment()
    {
        var byYear = new Dictionary<int, FigureValues>
        {
            [2022] = Figures(revenue: 480_000m, taxes: 5_000m, investment: 7_000m),
            [2023] = Figures(revenue: 490_000m, taxes: 5_000m, investment: 7_000m),
            [2024] = Figures(revenue: 500_000m, taxes: 5_000m, investment: 6_000m),
        };

        Assert.True(Judge("golden-bull", byYear, held: "provincial-tech-centre").Met);
    }

    [Fact]
    public void Provincial_srdi_is_met_at_every_threshold_exactly()
    {
        // Revenue 1,000万 → R&D 100万 is both the minimum amount and 10%; founded two years before.
        var evaluation = Judge("provincial-srdi", Figures(revenue: 1_000m, rd: 100m, valueAdded: 300m), founded: new DateOnly(2022, 6, 1));

        Assert.True(evaluation.Met);
        Assert.All(evaluation.Criteria, c => Assert.True(c.Met));
    }

    [Fact]
    public void Provincial_srdi_misses_rd_spend_below_100_wan()
    {
        var evaluation = Judge("provincial-srdi", Figures(revenue: 1_500m, rd: 99m, valueAdded: 300m));

        var rd = Criterion(evaluation, "rd-spend");
        Assert.False(rd.Met);
        Assert.Equal(["R&D spend 99万 < 100万 required"], rd.Findings);
        Assert.True(Criterion(evaluation, "rd-intensity").Met);
    }

    [Fact]
    public void Provincial_srdi_misses_rd_intensity_below_3_percent()
    {
        var rd = Criterion(Judge("provincial-srdi", Figures(revenue: 10_000m, rd: 299m)), "rd-intensity");

        Assert.False(rd.Met);
        Assert.Equal(["R&D intensity 2.99% < 3% required"], rd.Findings);
    }

    [Fact]
    public void Provincial_srdi_misses_revenue_below_1000_wan()
    {
        var revenue = Criterion(Judge("provincial-srdi", Figures(revenue: 999m, rd: 100m, valueAdded: 300m)), "revenue");

        Assert.False(revenue.Met);
        Assert.Equal(["revenue 999万 < 1000万 required"], revenue.Findings);
    }

    [Fact]
    public void Provincial_srdi_needs_two_years_in_the_niche()
    {
        var evaluation = Judge("provincial-srdi", Figures(revenue: 5_000m, rd: 200m), founded: new DateOnly(2023, 1, 1));

        Assert.Equal(["years in business 1 < 2 required"], Criterion(evaluation, "years-in-niche").Findings);
    }

    [Fact]
    public void Little_giant_needs_the_provincial_srdi_certification_first()
    {
        var figures = Figures(revenue: 20_000m, rd: 800m);

        Assert.False(Judge("little-giant", figures).Met);
        Assert.True(Judge("little-giant", figures, held: "provincial-srdi").Met);
    }

    [Fact]
    public void Innovative_sme_needs_1_percent_and_50_wan_of_rd()
    {
        Assert.True(Judge("innovative-sme", Figures(revenue: 5_000m, rd: 50m)).Met);
        Assert.False(Judge("innovative-sme", Figures(revenue: 5_000m, rd: 49.99m)).Met);
        Assert.False(Judge("innovative-sme", Figures(revenue: 6_000m, rd: 55m)).Met);
    }

    [Fact]
    public void Green_factory_needs_carbon_grade_1_or_2()
    {
        // C38 average 0.4: 320 t over 1,000万 → K 0.8 → grade 2; 321 t → grade 3.
        Assert.True(Judge("green-factory", Figures(co2: 320m, valueAdded: 1_000m)).Met);
        var missed = Judge("green-factory", Figures(co2: 321m, valueAdded: 1_000m));
        Assert.False(missed.Met);
        Assert.Equal(["carbon grade 3 > 2 allowed"], Criterion(missed, "carbon-efficiency").Findings);
    }

    [Fact]
    public void Without_figures_for_the_year_every_figure_criterion_is_missed_and_says_why()
    {
        var byYear = new Dictionary<int, FigureValues> { [2023] = Figures(revenue: 500_000m, taxes: 40_000m) };
        var subject = Subject(byYear, held: "provincial-tech-centre");

        var evaluation = Evaluator.Evaluate(subject, Year);

        Assert.Null(evaluation.CarbonEfficiency);
        Assert.Null(evaluation.PerMuEfficiency);
        var elephant = evaluation.Tiers.Single(t => t.TierCode == "golden-elephant");
        Assert.False(elephant.Met);
        Assert.Contains(elephant.Criteria[0].Findings, f => f.Contains("no figures for 2024", StringComparison.Ordinal));
    }

    [Fact]
    public void Nominated_tiers_are_listed_but_not_judged()
    {
        var evaluation = Evaluator.Evaluate(Subject(new Dictionary<int, FigureValues> { [Year] = Figures() }), Year);

        Assert.Equal(Catalogue.Tiers.Count, evaluation.Tiers.Count);
        var eagle = evaluation.Tiers.Single(t => t.TierCode == "eagle");
        Assert.False(eagle.IsEvaluated);
        Assert.Empty(eagle.Criteria);
        Assert.NotNull(evaluation.CarbonEfficiency);
        Assert.NotNull(evaluation.PerMuEfficiency);
    }

    [Fact]
    public void The_catalogue_lists_every_tier_of_the_issue_with_its_level()
    {
        string[] expected =
        [
            "eagle", "phoenix", "golden-elephant", "golden-bull", "single-champion", "little-giant", "provincial-srdi",
            "innovative-sme", "chain-leader", "provincial-tech-centre", "5g-factory", "future-factory", "green-factory",
        ];

        Assert.Equal(expected.Order(), Catalogue.Tiers.Select(t => t.Code).Order());
        Assert.Equal(TierLevel.Municipal, Tier("golden-elephant").Level);
        Assert.Equal(TierLevel.National, Tier("single-champion").Level);
        Assert.Equal(TierLevel.Provincial, Tier("provincial-srdi").Level);
    }
}
