using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IndustryPlatform.Indicators.Data;

/// <summary>For <c>dotnet ef migrations add</c>: the model only, no running host and no database connection.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<IndicatorsDbContext>
{
    public IndicatorsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IndicatorsDbContext>()
            .UseNpgsql("Host=localhost;Database=indicatorsdb")
            .Options);
}
