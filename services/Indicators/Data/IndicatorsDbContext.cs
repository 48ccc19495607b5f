using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.Data;

public sealed class IndicatorsDbContext(DbContextOptions<IndicatorsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddReferenceData();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IndicatorsDbContext).Assembly);
    }
}
