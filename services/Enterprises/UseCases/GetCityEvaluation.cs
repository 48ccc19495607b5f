using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <param name="FromCache">True when Redis answered.</param>
public sealed record GetCityEvaluationResult(CityEvaluation Evaluation, bool FromCache);

/// <summary>
/// 全市企业评价 for a year: from the cache, otherwise one query over the year's figures and their enterprises. Every
/// enterprise with figures for the year counts, deactivated ones too: a past year is judged on what was filed for it.
/// </summary>
public sealed class GetCityEvaluation(EnterprisesDbContext db, TierCatalogue catalogue, EvaluationCache cache, TimeProvider clock)
{
    public async Task<GetCityEvaluationResult> HandleAsync(int year, CancellationToken cancellationToken)
    {
        TierYear.Check(year, clock);
        var (evaluation, fromCache) = await cache.GetOrEvaluateAsync(year, () => EvaluateAsync(year, cancellationToken));
        return new GetCityEvaluationResult(evaluation!, fromCache);
    }

    private async Task<CityEvaluation?> EvaluateAsync(int year, CancellationToken cancellationToken)
    {
        var figures = await db.YearlyFigures.AsNoTracking()
            .Where(f => f.Year == year)
            .Select(f => new { f.CreditCode, f.Values })
            .ToListAsync(cancellationToken);
        var codes = figures.Select(f => CreditCode.Parse(f.CreditCode)).ToList();
        var registry = await db.Enterprises.AsNoTracking()
            .Where(e => codes.Contains(e.CreditCode))
            .Select(e => new { e.CreditCode, e.NameZh, e.DistrictCode, e.IndustryCode })
            .ToDictionaryAsync(e => e.CreditCode.Value, cancellationToken);
        var enterprises = figures.Select(f =>
        {
            var e = registry[f.CreditCode];
            return new EvaluatedEnterprise(f.CreditCode, e.NameZh, e.DistrictCode, e.IndustryCode, f.Values);
        });
        return CityEvaluation.Of(year, enterprises, catalogue.CarbonEfficiency, catalogue.PerMuEfficiency);
    }
}
