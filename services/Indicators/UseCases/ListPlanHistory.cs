using IndustryPlatform.Indicators.Data;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>计划调整记录 — every value the targets were set to, oldest first: who set it, when and why.</summary>
public sealed class ListPlanHistory(IndicatorsDbContext db)
{
    public async Task<IReadOnlyList<PlanTargetChangeView>> HandleAsync(PlanQuery query, CancellationToken cancellationToken) =>
        [.. (await PlanHistory.ChangesAsync(db, query, cancellationToken)).Select(PlanTargetChangeView.From)];
}
