using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.Data;

/// <summary>Reference data, warning thresholds, yearly targets and the demo portfolio: upserts by key, so it is safe on every start.</summary>
internal sealed class ProjectsSeeder(TimeProvider clock, IConfiguration configuration) : IDatabaseSeeder<ProjectsDbContext>
{
    public const string DemoPortfolioSetting = "Projects:SeedDemoPortfolio";

    public async Task SeedAsync(ProjectsDbContext db, SeedFiles seeds, CancellationToken cancellationToken)
    {
        await db.SeedReferenceDataAsync(seeds, cancellationToken);
        await SeedThresholdsAsync(db, seeds.Read<ThresholdsFile>("project-warning-thresholds.json"), cancellationToken);
        await SeedTargetsAsync(db, seeds.Read<TargetsFile>("project-targets.json"), cancellationToken);
        // Off where a test sets its own clock: the demo's dates are real past dates.
        if (configuration.GetValue(DemoPortfolioSetting, defaultValue: true))
        {
            await db.SeedDemoPortfolioAsync(seeds, clock, cancellationToken);
        }
    }

    private static async Task SeedThresholdsAsync(ProjectsDbContext db, ThresholdsFile file, CancellationToken cancellationToken)
    {
        var row = await db.WarningThresholds.SingleOrDefaultAsync(r => r.Key == WarningThresholdsRow.DefaultKey, cancellationToken);
        if (row is null)
        {
            row = new WarningThresholdsRow { Key = WarningThresholdsRow.DefaultKey };
            db.WarningThresholds.Add(row);
        }

        row.YellowAfterDays = file.YellowAfterDays;
        row.RedAfterDays = file.RedAfterDays;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedTargetsAsync(ProjectsDbContext db, TargetsFile file, CancellationToken cancellationToken)
    {
        var known = await db.YearlyTargets.ToDictionaryAsync(t => (t.Year, t.Scope, t.Code), cancellationToken);
        foreach (var seed in file.Targets)
        {
            if (!known.TryGetValue((seed.Year, seed.Scope, seed.Code), out var target))
            {
                target = new YearlyTarget(seed.Year, seed.Scope, seed.Code);
                db.YearlyTargets.Add(target);
            }

            target.Filed = seed.Filed;
            target.Started = seed.Started;
            target.Completed = seed.Completed;
            target.InProduction = seed.InProduction;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record ThresholdsFile(int YellowAfterDays, int RedAfterDays);

    private sealed record TargetsFile(IReadOnlyList<TargetSeed> Targets);

    private sealed record TargetSeed(int Year, TargetScope Scope, string Code, int Filed, int Started, int Completed, int InProduction);
}
