using IndustryPlatform.Indicators.Domain.Plan;
using IndustryPlatform.Indicators.Tests.Support;

namespace IndustryPlatform.Indicators.Tests.Plan;

/// <summary>seeds/plan.json, as seeds/tools/generate_plan.py writes it: one plan that agrees with itself and passes the plan's rules.</summary>
public sealed class PlanSeed_Consistency
{
    [Fact]
    public void Where_the_city_s_target_is_split_over_all_six_districts_they_sum_to_it_and_the_chains_stay_within_it()
    {
        var targets = SeedData.PlanTargets();
        var districts = new HashSet<string>(TestCatalogue.Districts);
        var split = 0;
        foreach (var group in targets.Where(t => t.Chain is null).GroupBy(t => (t.Indicator, t.Year)))
        {
            // A district may also have a plan of its own where the city sets none (some districts' manufacturing investment).
            var city = group.SingleOrDefault(t => t.Region == "huzhou");
            var ofDistricts = group.Where(t => districts.Contains(t.Region)).ToList();
            if (city is not null && ofDistricts.Count == 6)
            {
                Assert.Equal(city.Value, ofDistricts.Sum(t => t.Value));
                split++;
            }

            var ofChains = targets.Where(t => t.Chain is not null && (t.Indicator, t.Year) == group.Key).Sum(t => t.Value);
            Assert.True(city is not null || ofChains == 0, $"{group.Key}: chains' targets without the city's");
            Assert.True(ofChains <= (city?.Value ?? 0), $"{group.Key}: the chains' {ofChains} exceed the city's");
        }

        Assert.True(split >= 4, $"only {split} city targets are split over the districts");

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
