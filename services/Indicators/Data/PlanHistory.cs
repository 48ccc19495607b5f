using IndustryPlatform.Indicators.Domain.Plan;
using IndustryPlatform.Indicators.UseCases;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IndustryPlatform.Indicators.Data;

/// <summary>Reads the plan's append-only history; tells a conflict of two first values.</summary>
public static class PlanHistory
{
    public static async Task<List<PlanTargetChange>> ChangesAsync(IndicatorsDbContext db, PlanQuery query, CancellationToken cancellationToken) =>
        await db.PlanTargetChanges.AsNoTracking()
            .Where(c => query.Year == null || c.Year == query.Year)
            .Where(c => query.IndicatorCode == null || c.IndicatorCode == query.IndicatorCode)
            .Where(c => query.RegionCode == null || c.RegionCode == query.RegionCode)
            .Where(c => query.ChainCode == null || c.ChainCode == query.ChainCode)
            .OrderBy(c => c.Year).ThenBy(c => c.IndicatorCode).ThenBy(c => c.RegionCode).ThenBy(c => c.ChainCode).ThenBy(c => c.Version)
            .ToListAsync(cancellationToken);

    /// <summary>Two first values at once: the second insert meets the first's key, or the same version in the history.</summary>
    public static bool IsSetMeanwhile(Exception exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>The latest change of each target the query covers.</summary>
    public static async Task<Dictionary<(string, string, int, string), PlanTargetChange>> LastChangesAsync(
        IndicatorsDbContext db, PlanQuery query, CancellationToken cancellationToken) =>
        (await ChangesAsync(db, query, cancellationToken))
            .GroupBy(c => (c.IndicatorCode, c.RegionCode, c.Year, c.ChainCode))
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Version)!);
}
