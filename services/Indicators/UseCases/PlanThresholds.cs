using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain.Plan;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>A year's light thresholds; <paramref name="IsDefault"/> (version 0) when the city has not set them.</summary>
public sealed record LightThresholdsView(
    int Year, decimal IndicatorYellowTolerance, int ProjectYellowAfterDays, int ProjectRedAfterDays, int Version, bool IsDefault)
{
    public static LightThresholdsView From(LightThresholds t) =>
        new(t.Year, t.IndicatorYellowTolerance, t.ProjectYellowAfterDays, t.ProjectRedAfterDays, t.Version, t.Version == 0);
}

/// <summary>亮灯标准 — a year's thresholds, as set or by default; what the summaries and bulletins light with.</summary>
public sealed class ReadLightThresholds(IndicatorsDbContext db)
{
    public async Task<LightThresholdsView> HandleAsync(int? year, CancellationToken cancellationToken)
    {
        var asked = year ?? throw new Rules.InvalidInputException("year", Rules.RuleCodes.Year.Required, "year is required: the plan's year.");
        return LightThresholdsView.From(await db.ThresholdsOfAsync(asked, cancellationToken));
    }
}

/// <summary>Every value a year's thresholds were set to, oldest first.</summary>
public sealed class ListLightThresholdsHistory(IndicatorsDbContext db)
{
    public async Task<IReadOnlyList<LightThresholdsChange>> HandleAsync(int? year, CancellationToken cancellationToken) =>
        await db.LightThresholdsChanges.AsNoTracking()
            .Where(c => year == null || c.Year == year)
            .OrderBy(c => c.Year).ThenBy(c => c.Version)
            .ToListAsync(cancellationToken);
}
