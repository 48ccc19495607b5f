using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

public sealed class CityEvaluation_Distribution
{
    private static readonly PerMuClassThresholds Thresholds = new(135m, 110m, 75m);

    /// <summary>One indicator so the score is the tax: 100 × (tax ÷ 100 亩) ÷ benchmark 1.</summary>
    private static readonly PerMuSettings ScoreIsTax = new(1_000m, [new(PerMuIndicator.TaxPerMu, 100m, 1m)], Thresholds);

    private static readonly CarbonEfficiencySettings Carbon = SeededCatalogue.Catalogue.CarbonEfficiency;

    /// <summary>C38 averages 0.4 t/万元: over 1,000万 of value added, 240 t is K 0.6 (grade 1) and 801 t is K &gt; 2 (grade 5).</summary>
    private static EvaluatedEnterprise Enterprise(string code, string district, string industry, decimal score, decimal co2, decimal valueAdded = 1_000m) =>
        new(code, "企业" + code, district, industry, SeededCatalogue.Figures(taxes: score, landMu: 100m, co2: co2, valueAdded: valueAdded));

    private static CityEvaluation Evaluate(params EvaluatedEnterprise[] enterprises) => CityEvaluation.Of(2024, enterprises, Carbon, ScoreIsTax);

    [Theory]
    [InlineData("135", PerMuClass.A)]
    [InlineData("150", PerMuClass.A)]
    [InlineData("134.99", PerMuClass.B)]
    [InlineData("110", PerMuClass.B)]
    [InlineData("109.99", PerMuClass.C)]
    [InlineData("75", PerMuClass.C)]
    [InlineData("74.99", PerMuClass.D)]
    [InlineData("0", PerMuClass.D)]
    public void Classes_a_score_with_each_threshold_the_lowest_score_of_its_class(string score, PerMuClass expected) =>
        Assert.Equal(expected, Thresholds.ClassOf(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_seeded_class_thresholds_descend_from_a_to_c()
    {
        var classes = SeededCatalogue.Catalogue.PerMuEfficiency.Classes;

        Assert.True(classes.IsDescending);
        Assert.False(new PerMuClassThresholds(100m, 100m, 50m).IsDescending);
    }

    [Fact]
    public void Counts_each_grade_in_the_city_by_district_and_by_industry_division_and_leaves_out_those_without_value_added()
    {
        var evaluation = Evaluate(
            Enterprise("1", "wuxing", "C3841", 100m, co2: 240m),
            Enterprise("2", "wuxing", "C3842", 100m, co2: 241m),
            Enterprise("3", "wuxing", "C3511", 100m, co2: 5_000m),
            Enterprise("4", "anji", "C3841", 100m, co2: 801m),
            Enterprise("5", "anji", "C3841", 100m, co2: 100m, valueAdded: 0m));

        var grades = evaluation.CarbonGrades();

        Assert.Equal(4, grades.Graded);
        Assert.Equal(1, grades.Ungraded);
        Assert.Equal([1, 1, 0, 0, 2], grades.Grades.Select(g => g.Count));
        Assert.Equal(grades.Graded, grades.Grades.Sum(g => g.Count));
        Assert.Equal(0.5m, grades.Grades[4].Share);
        Assert.Equal(["anji", "wuxing"], grades.Districts.Select(d => d.Code));
        Assert.Equal([0, 0, 0, 0, 1], grades.Districts[0].Grades.Select(g => g.Count));
        Assert.Equal([1, 1, 0, 0, 1], grades.Districts[1].Grades.Select(g => g.Count));
        Assert.Equal(["C35", "C38"], grades.Industries.Select(i => i.Code));
        Assert.Equal(3, grades.Industries[1].Graded);
        Assert.Equal(grades.Graded, grades.Districts.Sum(d => d.Graded));
    }

    [Fact]
    public void Ranks_by_score_with_ties_sharing_a_rank_in_the_city_and_in_each_district()
    {
        var evaluation = Evaluate(
            Enterprise("1", "wuxing", "C3841", 90m, co2: 300m),
            Enterprise("2", "anji", "C3841", 140m, co2: 300m),
            Enterprise("3", "wuxing", "C3841", 120m, co2: 300m),
            Enterprise("4", "anji", "C3841", 120m, co2: 300m));

        var ranks = evaluation.Standings.ToDictionary(s => s.CreditCode, s => (s.PerMuRank, s.PerMuDistrictRank, s.PerMuClass));

        Assert.Equal(["2", "3", "4", "1"], evaluation.Standings.Select(s => s.CreditCode));
        Assert.Equal((1, 1, PerMuClass.A), ranks["2"]);
        Assert.Equal((2, 1, PerMuClass.B), ranks["3"]);
        Assert.Equal((2, 2, PerMuClass.B), ranks["4"]);
        Assert.Equal((4, 2, PerMuClass.C), ranks["1"]);
    }

    [Fact]
    public void Counts_each_class_in_the_city_and_by_district_with_the_average_score()
    {
        var evaluation = Evaluate(
            Enterprise("1", "wuxing", "C3841", 135m, co2: 300m),
            Enterprise("2", "wuxing", "C3841", 74.99m, co2: 300m),
            Enterprise("3", "anji", "C2611", 75m, co2: 300m),
            Enterprise("4", "anji", "C2611", 109.99m, co2: 300m));

        var classes = evaluation.PerMuClasses();

        Assert.Equal(4, classes.Evaluated);
        Assert.Equal([1, 0, 2, 1], classes.Classes.Select(c => c.Count));
        Assert.Equal(classes.Evaluated, classes.Classes.Sum(c => c.Count));
        Assert.Equal(Thresholds, classes.Thresholds);
        var anji = classes.Districts.Single(d => d.Code == "anji");
        Assert.Equal([0, 0, 2, 0], anji.Classes.Select(c => c.Count));
        Assert.Equal(92.50m, anji.AverageScore);
        Assert.Equal(["C26", "C38"], classes.Industries.Select(i => i.Code));
    }

    [Fact]
    public void An_empty_year_has_nothing_to_count()
    {
        var evaluation = Evaluate();

        Assert.Equal(0, evaluation.CarbonGrades().Graded);
        Assert.All(evaluation.PerMuClasses().Classes, c => Assert.Equal(0m, c.Share));
    }
}
