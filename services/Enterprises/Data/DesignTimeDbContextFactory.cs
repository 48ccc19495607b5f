using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IndustryPlatform.Enterprises.Data;

/// <summary>For <c>dotnet ef migrations add</c>: the model only, no running host and no database connection.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EnterprisesDbContext>
{
    public EnterprisesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EnterprisesDbContext>()
            .UseNpgsql("Host=localhost;Database=enterprisesdb")
            .Options);
}
