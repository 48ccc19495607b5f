using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>Loads what the evaluator looks at, for one enterprise or for all of them at once (the yearly run).</summary>
internal static class EvaluationSubjects
{
    /// <summary>Years before the evaluated one that multi-year criteria may sum over.</summary>
    private const int LookBackYears = 5;

    /// <summary>A tier counts as held in the evaluated year when a certification covers that year, whatever today is.</summary>
    public static async Task<Dictionary<string, EvaluationSubject>> LoadAsync(
        EnterprisesDbContext db, IReadOnlyCollection<Enterprise> enterprises, int year, CancellationToken cancellationToken)
    {
        var codes = enterprises.Select(e => e.CreditCode.Value).ToList();
        var figures = await db.YearlyFigures.AsNoTracking()
            .Where(f => codes.Contains(f.CreditCode) && f.Year <= year && f.Year > year - LookBackYears)
            .ToListAsync(cancellationToken);
        var certified = await db.TierRecords.AsNoTracking()
            .Where(r => codes.Contains(r.CreditCode) && r.Status == TierStatus.Certified && r.Year <= year)
            .ToListAsync(cancellationToken);

        var figuresByCode = figures.ToLookup(f => f.CreditCode);
        var heldByCode = certified.Where(r => r.HoldsIn(year)).ToLookup(r => r.CreditCode);
        return enterprises.ToDictionary(
            e => e.CreditCode.Value,
            e => new EvaluationSubject(
                e.IndustryCode,
                e.FoundedOn,
                figuresByCode[e.CreditCode.Value].ToDictionary(f => f.Year, f => f.Values),
                heldByCode[e.CreditCode.Value].Select(r => r.TierCode).ToHashSet(StringComparer.Ordinal)));
    }
}
