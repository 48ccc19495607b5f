using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Derived;
using IndustryPlatform.Indicators.Domain.Plan;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.Data;

/// <summary>
/// Reference data, then the catalogue (seeds/indicator-catalogue.json, upserted by code), the plan
/// (seeds/plan.json: targets and light thresholds, first values only) and the demo history (seeds/indicator-history.json): a demo figure is
/// stored as vintage 1 only where its series has no vintage yet, so nothing a district sent is ever overwritten.
/// </summary>
internal sealed partial class IndicatorsSeeder(ILogger<IndicatorsSeeder> logger, TimeProvider clock) : IDatabaseSeeder<IndicatorsDbContext>
{
    public const string SeededBy = "seed:demo";

    /// <summary>Who set a target the plan's seed brought.</summary>
    public const string PlanSeededBy = "seed:plan";

    public async Task SeedAsync(IndicatorsDbContext db, SeedFiles seeds, CancellationToken cancellationToken)
    {
        await db.SeedReferenceDataAsync(seeds, cancellationToken);
        await SeedCatalogueAsync(db, seeds.Read<CatalogueFile>("indicator-catalogue.json"), cancellationToken);
        await SeedPlanAsync(db, seeds.Read<PlanFile>("plan.json"), clock, cancellationToken);
        await SeedHistoryAsync(db, seeds.Read<HistoryFile>("indicator-history.json"), cancellationToken);
    }

    private static async Task SeedCatalogueAsync(IndicatorsDbContext db, CatalogueFile file, CancellationToken cancellationToken)
    {
        var known = await db.Indicators.ToDictionaryAsync(i => i.Code, cancellationToken);
        var position = 0;
        foreach (var seed in file.Indicators)
        {
            if (!known.TryGetValue(seed.Code, out var indicator))
            {
                indicator = new Indicator
                {
                    Code = seed.Code, NameZh = seed.NameZh, NameEn = seed.NameEn, Unit = seed.Unit, Frequency = seed.Frequency,
                    HigherIsBetter = seed.HigherIsBetter, Aggregation = seed.Aggregation,
                };
                db.Indicators.Add(indicator);
            }

            indicator.NameZh = seed.NameZh;
            indicator.NameEn = seed.NameEn;
            indicator.Unit = seed.Unit;
            indicator.Frequency = seed.Frequency;
            indicator.HigherIsBetter = seed.HigherIsBetter;
            indicator.Aggregation = seed.Aggregation;
            indicator.Components = [.. seed.Components ?? []];
            indicator.PlausibleGrowthMin = seed.PlausibleGrowth?.Min;
            indicator.PlausibleGrowthMax = seed.PlausibleGrowth?.Max;
            if (seed.Derived?.Problems(seed.Frequency) is { Count: > 0 } problems)
            {
                throw new InvalidOperationException($"indicator-catalogue.json: {seed.Code} cannot be derived as declared: {string.Join(" ", problems)}");
            }

            indicator.Derived = seed.Derived;
            indicator.CityOnly = seed.CityOnly;
            indicator.Position = ++position;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A seeded target or year of thresholds is the plan's first value only: once there, it is the city's to change
    /// (through the plan), and a restart never puts the seed's value back. Each has its first value in the history.
    /// </summary>
    private static async Task SeedPlanAsync(IndicatorsDbContext db, PlanFile file, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var known = await db.Targets.IgnoreQueryFilters().ToDictionaryAsync(t => (t.IndicatorCode, t.RegionCode, t.Year, t.ChainCode), cancellationToken);
        var recorded = (await db.PlanTargetChanges.Select(c => new { c.IndicatorCode, c.RegionCode, c.Year, c.ChainCode }).Distinct().ToListAsync(cancellationToken))
            .Select(c => (c.IndicatorCode, c.RegionCode, c.Year, c.ChainCode))
            .ToHashSet();
        foreach (var seed in file.Targets)
        {
            var key = (seed.Indicator, seed.Region, seed.Year, seed.Chain ?? Target.WholeRegion);
            if (!known.TryGetValue(key, out var target))
            {
                target = new Target { IndicatorCode = seed.Indicator, RegionCode = seed.Region, Year = seed.Year, ChainCode = key.Item4, Value = seed.Value };
                db.Targets.Add(target);
                known[key] = target;
            }

            if (recorded.Add(key))
            {
                db.PlanTargetChanges.Add(new PlanTargetChange
                {
                    IndicatorCode = target.IndicatorCode, RegionCode = target.RegionCode, Year = target.Year, ChainCode = target.ChainCode,
                    Version = target.Version, Value = target.Value, Reason = SeedReason(seed.Demo), SetBy = PlanSeededBy, SetAt = now,
                });
            }
        }

        var years = await db.LightThresholds.Select(t => t.Year).ToListAsync(cancellationToken);
        foreach (var seed in file.Thresholds.Where(t => !years.Contains(t.Year)))
        {
            db.LightThresholds.Add(new LightThresholds
            {
                Year = seed.Year, IndicatorYellowTolerance = seed.IndicatorYellowTolerance,
                ProjectYellowAfterDays = seed.ProjectYellowAfterDays, ProjectRedAfterDays = seed.ProjectRedAfterDays,
            });
            db.LightThresholdsChanges.Add(new LightThresholdsChange
            {
                Year = seed.Year, Version = 1, IndicatorYellowTolerance = seed.IndicatorYellowTolerance, ProjectYellowAfterDays = seed.ProjectYellowAfterDays,
                ProjectRedAfterDays = seed.ProjectRedAfterDays, Reason = SeedReason(seed.Demo), SetBy = PlanSeededBy, SetAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string SeedReason(bool demo) =>
        demo ? "The seeded plan (seeds/plan.json): DEMO value, invented." : "The seeded plan (seeds/plan.json): from the 2024 work report.";

    private async Task SeedHistoryAsync(IndicatorsDbContext db, HistoryFile file, CancellationToken cancellationToken)
    {
        var catalogue = await db.LoadCatalogueAsync(cancellationToken);
        var skipped = new Dictionary<string, int>();
        var existing = (await db.Observations.AsNoTracking()
                .Select(o => new { o.IndicatorCode, o.RegionCode, o.Period, o.Basis })
                .Distinct()
                .ToListAsync(cancellationToken))
            .Select(o => new SeriesKey(o.IndicatorCode, o.RegionCode, o.Period, o.Basis))
            .ToHashSet();

        foreach (var seed in file.Observations)
        {
            if (!Period.TryParse(seed.Period, out var period))
            {
                throw new InvalidOperationException($"indicator-history.json: '{seed.Period}' is not a period.");
            }

            // The registries count these; a typed copy would be a second truth (other cities' figures stay, for ranks).
            if (catalogue.Find(seed.Indicator) is { } indicator && catalogue.IsDerived(indicator) && catalogue.IsCountedFromFacts(seed.Region))
            {
                skipped[seed.Indicator] = skipped.GetValueOrDefault(seed.Indicator) + 1;
                continue;
            }

            if (!existing.Add(new SeriesKey(seed.Indicator, seed.Region, period, seed.Basis)))
            {
                continue;
            }

            db.Observations.Add(new Observation
            {
                IndicatorCode = seed.Indicator,
                RegionCode = seed.Region,
                Period = period,
                Basis = seed.Basis,
                Value = seed.Value,
                Vintage = 1,
                SubmittedBy = SeededBy,
                // As if sent when the month's statistics came out: the 15th of the month after the period.
                SubmittedAt = HuzhouCalendar.StartOf(period.EndsBefore.AddDays(14)),
                IsDemo = true,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (code, count) in skipped)
        {
            LogDerivedSeedSkipped(code, count);
        }
    }

    [LoggerMessage(LogLevel.Warning, "indicator-history.json: {Count} demo observations of {IndicatorCode} ignored; it is derived from the registries' records for the city and its districts")]
    private partial void LogDerivedSeedSkipped(string indicatorCode, int count);

    private sealed record CatalogueFile(IReadOnlyList<IndicatorSeed> Indicators);

    private sealed record Band(decimal Min, decimal Max);

    private sealed record IndicatorSeed(
        string Code, string NameZh, string NameEn, string Unit, Frequency Frequency, bool HigherIsBetter,
        Aggregation Aggregation, IReadOnlyList<string>? Components, Band? PlausibleGrowth, DerivedFigure? Derived, bool CityOnly = false);

    private sealed record PlanFile(IReadOnlyList<TargetSeed> Targets, IReadOnlyList<ThresholdsSeed> Thresholds);

    private sealed record TargetSeed(string Indicator, string Region, string? Chain, int Year, decimal Value, bool Demo);

    private sealed record ThresholdsSeed(int Year, decimal IndicatorYellowTolerance, int ProjectYellowAfterDays, int ProjectRedAfterDays, bool Demo);

    private sealed record HistoryFile(IReadOnlyList<HistorySeed> Observations);

    private sealed record HistorySeed(string Indicator, string Region, string Period, Basis Basis, decimal Value);
}
