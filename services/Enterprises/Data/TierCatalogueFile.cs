using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Data;

/// <summary>Reads seeds/tiers.json once and refuses to start on a catalogue that contradicts itself.</summary>
public static class TierCatalogueFile
{
    public const string FileName = "tiers.json";

    public static TierCatalogue Load(SeedFiles seeds)
    {
        var catalogue = seeds.Read<TierCatalogue>(FileName);
        var problems = new List<string>();
        var codes = catalogue.Tiers.Select(t => t.Code).ToList();
        problems.AddRange(codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => $"tier '{g.Key}' is listed twice"));
        foreach (var tier in catalogue.Tiers)
        {
            if (tier.ValidYears < 1)
            {
                problems.Add($"tier '{tier.Code}' has validYears {tier.ValidYears}");
            }

            foreach (var condition in tier.Criteria.SelectMany(c => c.AnyOf).SelectMany(a => a))
            {
                if (condition.HoldsTier is { } held && !codes.Contains(held))
                {
                    problems.Add($"tier '{tier.Code}' requires unknown tier '{held}'");
                }

                if (condition.HoldsTier is null && (condition.Metric is null || (condition.Min is null && condition.Max is null)))
                {
                    problems.Add($"tier '{tier.Code}' has a condition with neither a tier nor a metric and bound");
                }
            }
        }

        var bounds = catalogue.CarbonEfficiency.GradeUpperBounds;
        if (bounds.Count != 4 || bounds.Zip(bounds.Skip(1)).Any(p => p.First >= p.Second))
        {
            problems.Add("carbonEfficiency.gradeUpperBounds must be four ascending numbers");
        }

        if (catalogue.PerMuEfficiency.Classes is not { IsDescending: true })
        {
            problems.Add("perMuEfficiency.classes must give minScoreA > minScoreB > minScoreC ≥ 0");
        }

        if (catalogue.CandidacyValidYears < 0 || catalogue.AboveScale.MinMainBusinessRevenue <= 0)
        {
            problems.Add("candidacyValidYears and aboveScale.minMainBusinessRevenue must be positive");
        }

        return problems.Count == 0
            ? catalogue
            : throw new InvalidDataException($"seeds/{FileName} is inconsistent: {string.Join("; ", problems)}.");
    }
}
