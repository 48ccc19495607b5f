using IndustryPlatform.Indicators.Domain.Plan;
using IndustryPlatform.Indicators.Tests.Support;

namespace IndustryPlatform.Indicators.Tests.Plan;

/// <summary>seeds/plan.json, as seeds/tools/generate_plan.py writes it: one plan that agrees with itself and passes the plan's rules.</summary>
public sealed class PlanSeed_Consistency
{
    [Fact]
    public void Where_districts_have_targets_they_sum_to_the_city_s_and_the_chains_stay_within_it()
    {
        var targets = SeedData.PlanTargets();
        var districts = new HashSet<string>(TestCatalogue.Districts);
        foreach (var group in targets.Where(t => t.Chain is null).GroupBy(t => (t.Indicator, t.Year)))
        {
            var ofDistricts = group.Where(t => districts.Contains(t.Region)).ToList();
            if (ofDistricts.Count > 0)
            {
                Assert.Equal(6, ofDistricts.Count);
                Assert.Equal(group.Single(t => t.Region == "huzhou").Value, ofDistricts.Sum(t => t.Value));
            }

            var ofChains = targets.Where(t => t.Chain is not null && (t.Indicator, t.Year) == group.Key).Sum(t => t.Value);
            Assert.True(ofChains <= group.Single(t => t.Region == "huzhou").Value, $"{group.Key}: the chains' {ofChains} exceed the city's");
        }

        Assert.Equal(200m, targets.Single(t => (t.Indicator, t.Region, t.Year, t.Chain) == ("major-projects-started", "huzhou", 2024, null)).Value);
    }

    [Fact]
    public void Every_seeded_target_passes_the_plan_s_rules()
    {
        var catalogue = SeedData.Catalogue();
        var chains = new HashSet<string> { "nev", "smart-logistics", "semiconductor", "biomedicine", "advanced-materials", "green-energy", "geospatial", "smart-home" };
        foreach (var t in SeedData.PlanTargets())
        {
            var setting = new TargetSetting(t.Indicator, t.Region, t.Chain, t.Year, t.Value, "seed", 0);
            Assert.Empty(PlanRules.Check(setting, catalogue, chains, 2026));
        }
    }
}
