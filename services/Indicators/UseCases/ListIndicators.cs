using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>指标目录 — every indicator the platform collects, in the bulletin's order.</summary>
public sealed class ListIndicators(IndicatorsDbContext db)
{
    public async Task<IReadOnlyList<Indicator>> HandleAsync(CancellationToken cancellationToken) =>
        await db.Indicators.AsNoTracking().OrderBy(i => i.Position).ToListAsync(cancellationToken);
}
