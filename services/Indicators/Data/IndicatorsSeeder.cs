using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.ReferenceData;

namespace IndustryPlatform.Indicators.Data;

internal sealed class IndicatorsSeeder : IDatabaseSeeder<IndicatorsDbContext>
{
    public Task SeedAsync(IndicatorsDbContext db, SeedFiles seeds, CancellationToken cancellationToken) =>
        db.SeedReferenceDataAsync(seeds, cancellationToken);
}
