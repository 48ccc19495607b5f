using IndustryPlatform.Rules;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Tests;

public sealed class Project_Register
{
    private readonly FixedClock _clock = FixedClock.At(new DateOnly(2024, 4, 1));

    [Fact]
    public void A_valid_registration_is_filed_with_its_plan_and_a_first_history_line()
    {
        var project = Sample.Register(_clock);

        Assert.Equal(ProjectStage.Filed, project.Stage);
        Assert.Equal(1, project.Version);
        Assert.Equal(Sample.FiledOn, project.FiledOn);
        Assert.Equal(6, project.Milestones.Count);
        Assert.Equal(new DateOnly(2024, 5, 1), project.Milestone(ProjectStage.Started).PlannedOn);
        Assert.Null(project.Milestone(ProjectStage.Started).ReachedOn);
        var first = Assert.Single(project.History);
        Assert.Equal(ProjectChangeKind.Registered, first.Kind);
        Assert.Equal("district-system", first.ChangedBy);
        Assert.Equal(_clock.GetUtcNow(), first.ChangedAt);
    }

    [Theory]
    [InlineData("2.9999", false)]
    [InlineData("3", true)]
    [InlineData("3.0001", true)]
    public void Major_is_derived_from_an_investment_of_at_least_three_yi(string investment, bool major)
    {
        var project = Sample.Register(_clock, decimal.Parse(investment, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(major, project.IsMajor);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var details = new ProjectDetails("", "", "hangzhou", "no-chain", "Bridge", 0m, 120m, false, "2024-13-01",
            new ProjectPlan(null, "2025-06-30", "2025-09-30", "2026-03-31", "2026-12-31"));

        var refused = Assert.Throws<InvalidInputException>(() => Project.Register(Guid.NewGuid(), details, Sample.Reference, "c", _clock));

        var rules = refused.Violations.Select(v => (v.Field, v.Rule.Value)).ToList();
        Assert.Contains(("name", "name.required"), rules);
        Assert.Contains(("enterprise_credit_code", "enterprise.required"), rules);
        Assert.Contains(("district_code", "district.unknown"), rules);
        Assert.Contains(("chain_code", "chain.unknown"), rules);
        Assert.Contains(("kind", "kind.unknown"), rules);
        Assert.Contains(("total_investment_yi", "investment.not-positive"), rules);
        Assert.Contains(("equipment_investment_share", "equipment-share.out-of-range"), rules);
        Assert.Contains(("filed_on", "date.format"), rules);
        Assert.Contains(("planned_start_on", "date.required"), rules);
        Assert.Contains(("origin", "origin.required"), rules);
    }

    [Fact]
    public void A_filing_date_in_the_future_is_refused()
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            Project.Register(Guid.NewGuid(), Sample.Details(filedOn: "2024-04-02"), Sample.Reference, "c", _clock));

        Assert.Contains(refused.Violations, v => v is { Field: "filed_on", Rule.Value: "date.in-future" });
    }

    [Fact]
    public void A_plan_that_runs_backwards_is_refused()
    {
        var plan = new ProjectPlan("2024-05-01", "2024-04-30", "2025-09-30", "2026-03-31", "2026-12-31");

        var refused = Assert.Throws<InvalidInputException>(() =>
            Project.Register(Guid.NewGuid(), Sample.Details(plan: plan), Sample.Reference, "c", _clock));

        var violation = Assert.Single(refused.Violations);
        Assert.Equal(("planned_completion_on", "plan.out-of-order"), (violation.Field, violation.Rule));
    }

    [Theory]
    [InlineData("TechnicalUpgrade", ProjectKind.TechnicalUpgrade)]
    [InlineData("landrenewal", ProjectKind.LandRenewal)]
    public void The_kind_is_read_by_name(string kind, ProjectKind expected)
    {
        var project = Project.Register(Guid.NewGuid(), Sample.Details(kind: kind), Sample.Reference, "c", _clock);

        Assert.Equal(expected, project.Kind);
    }

    [Fact]
    public void A_kind_given_as_a_number_is_refused()
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            Project.Register(Guid.NewGuid(), Sample.Details(kind: "2"), Sample.Reference, "c", _clock));

        Assert.Contains(refused.Violations, v => v.Rule == "kind.unknown");
    }
}
