using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>企业评价 — carbon-efficiency grade, per-mu score with its city-wide rank and class, and every tier's criteria for one enterprise and year.</summary>
public sealed class EvaluateEnterprise(EnterprisesDbContext db, TierEvaluator evaluator, GetCityEvaluation cityEvaluation, TimeProvider clock)
{
    public async Task<EnterpriseEvaluation> HandleAsync(string? creditCode, int year, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(creditCode);
        TierYear.Check(year, clock);
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken)
            ?? throw EnterpriseNotFound.For(code);
        var subjects = await EvaluationSubjects.LoadAsync(db, [enterprise], year, cancellationToken);
        var evaluation = evaluator.Evaluate(subjects[code.Value], year);
        if (evaluation.PerMuEfficiency is null)
        {
            return evaluation;
        }

        var city = (await cityEvaluation.HandleAsync(year, cancellationToken)).Evaluation;
        return city.Find(code.Value) is { } standing
            ? evaluation with { PerMuStanding = new PerMuStanding(standing.PerMuRank, standing.PerMuDistrictRank, city.Standings.Count, standing.PerMuClass) }
            : evaluation;
    }
}
