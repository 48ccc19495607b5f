using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Tests;

/// <summary>The tier catalogue exactly as seeds/tiers.json defines it: tests judge the thresholds the bureau keeps.</summary>
internal static class SeededCatalogue
{
    public static readonly TierCatalogue Catalogue = TierCatalogueFile.Load(new SeedFiles());

    public static readonly TierEvaluator Evaluator = new(Catalogue);

    public static TierDefinition Tier(string code) => Catalogue.Get(code);

    /// <summary>Ordinary figures (万元) that meet no honour tier's size criteria; tests change what they judge.</summary>
    public static FigureValues Figures(
        decimal revenue = 5_000m, decimal taxes = 200m, decimal investment = 300m, decimal rd = 100m, int employees = 100,
        decimal landMu = 50m, decimal energyTce = 500m, decimal co2 = 1_300m, decimal valueAdded = 1_200m) =>
        new(revenue, taxes, investment, rd, employees, landMu, energyTce, co2, valueAdded);

    public static EvaluationSubject Subject(
        IReadOnlyDictionary<int, FigureValues> byYear, string industry = "C3841", DateOnly? founded = null, params string[] held) =>
        new(industry, founded ?? new DateOnly(2010, 1, 1), byYear, held.ToHashSet(StringComparer.Ordinal));
}
