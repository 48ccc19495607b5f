using IndustryPlatform.Indicators.Domain.Plan;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.Data;

public static class PlanThresholdQueries
{
    /// <summary>The year's thresholds as the city set them, or the defaults (version 0).</summary>
    public static async Task<LightThresholds> ThresholdsOfAsync(this IndicatorsDbContext db, int year, CancellationToken cancellationToken) =>
        await db.LightThresholds.AsNoTracking().SingleOrDefaultAsync(t => t.Year == year, cancellationToken) ?? LightThresholds.Default(year);
}
