using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Projects.Events;
using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.Data;

/// <summary>
/// DEMO DATA (seeds/project-demo-portfolio.json): adds each missing project by id through the same domain rules as a
/// registration and its advances, and never touches one that exists (users may have changed it). The owning demo
/// enterprises (seeds/demo-enterprises.json) are put into the known-enterprises copy when absent. A demo project is
/// announced only by its facts (ProjectFactsChanged, marked IsDemo), in the transaction that adds it, so that figures
/// counted from the registry include the demo world; not as ProjectRegistered/ProjectStageAdvanced, which would
/// read as real filings.
/// </summary>
internal static class DemoPortfolioSeeder
{
    private const string SeededBy = "demo-seed";

    public static async Task SeedDemoPortfolioAsync(this ProjectsDbContext db, SeedFiles seeds, TimeProvider clock, CancellationToken cancellationToken)
    {
        var portfolio = seeds.Read<PortfolioFile>("project-demo-portfolio.json");
        var existing = (await db.Projects.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var missing = portfolio.Projects.Where(p => !existing.Contains(p.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var known = (await db.KnownEnterprises.AsNoTracking().Select(e => e.CreditCode).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var enterprise in seeds.Read<EnterprisesFile>("demo-enterprises.json").Enterprises.Where(e => !known.Contains(e.CreditCode)))
        {
            db.KnownEnterprises.Add(KnownEnterprise.From(
                new EnterpriseSnapshot(enterprise.CreditCode, enterprise.NameZh, enterprise.NameEn, enterprise.DistrictCode,
                    enterprise.IndustryCode, enterprise.ChainCode, 1),
                clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);

        var reference = await db.LoadProjectReferenceDataAsync(cancellationToken);
        var thresholds = await db.LoadWarningThresholdsAsync(cancellationToken);
        var today = HuzhouCalendar.Today(clock);
        foreach (var seed in missing)
        {
            var plan = new ProjectPlan(seed.Planned[0], seed.Planned[1], seed.Planned[2], seed.Planned[3], seed.Planned[4]);
            var project = Project.Register(seed.Id,
                new ProjectDetails(seed.Name, seed.EnterpriseCreditCode, seed.DistrictCode, seed.ChainCode, seed.Kind,
                    seed.TotalInvestmentYi, seed.EquipmentInvestmentShare, seed.IsProvincialMajor, seed.FiledOn, plan,
                    seed.Origin ?? DefaultOrigin(seed.Kind), seed.IsDigitalEconomyCore ?? false),
                reference, SeededBy, clock);
            project.MarkAsDemo();
            for (var i = 0; i < seed.Reached.Count; i++)
            {
                project.Advance(project.Version, ProjectStages.Planned[i], seed.Reached[i], SeededBy, clock);
            }

            project.ReassessLight(today, thresholds);
            db.Projects.Add(project);
            db.AddIntegrationEvent(project.ToFactsChangedEvent());
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>An older portfolio file names no origin: a technical upgrade is an enterprise's own (内生), the rest were brought in.</summary>
    private static string DefaultOrigin(string kind) =>
        string.Equals(kind, nameof(ProjectKind.TechnicalUpgrade), StringComparison.OrdinalIgnoreCase)
            ? nameof(ProjectOrigin.Endogenous)
            : nameof(ProjectOrigin.NewlyIntroduced);

    private sealed record PortfolioFile(IReadOnlyList<ProjectSeed> Projects);

    private sealed record ProjectSeed(
        Guid Id, string Name, string EnterpriseCreditCode, string DistrictCode, string ChainCode, string Kind,
        decimal TotalInvestmentYi, decimal EquipmentInvestmentShare, bool IsProvincialMajor, string FiledOn,
        IReadOnlyList<string> Planned, IReadOnlyList<string> Reached, string? Origin = null, bool? IsDigitalEconomyCore = null);

    private sealed record EnterprisesFile(IReadOnlyList<EnterpriseSeed> Enterprises);

    private sealed record EnterpriseSeed(
        string CreditCode, string NameZh, string? NameEn, string DistrictCode, string IndustryCode, string? ChainCode);
}
