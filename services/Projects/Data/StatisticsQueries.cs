using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.Data;

/// <summary>What the yearly statistics read: the projects that did something in the year, the groups, the targets.</summary>
internal static class StatisticsQueries
{
    private static readonly ProjectStage[] CountedStages = [ProjectStage.Filed, ProjectStage.Started, ProjectStage.Completed, ProjectStage.InProduction];

    /// <summary>
    /// Projects that were filed, started, completed or put into production in <paramref name="year"/>, or whose start is
    /// planned in it; the rest cannot change that year's figures. Withdrawn projects count nowhere.
    /// </summary>
    public static async Task<List<ProjectFacts>> LoadProjectFactsAsync(this ProjectsDbContext db, int year, CancellationToken cancellationToken, string? districtCode = null)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.Projects.AsNoTracking()
            .Where(p => !p.IsWithdrawn && (districtCode == null || p.DistrictCode == districtCode))
            .Where(p => p.Milestones.Any(m =>
                (CountedStages.Contains(m.Stage) && m.ReachedOn >= from && m.ReachedOn <= to)
                || (m.Stage == ProjectStage.Started && m.PlannedOn >= from && m.PlannedOn <= to)))
            .Select(p => new ProjectFacts(
                p.ChainCode,
                p.DistrictCode,
                p.TotalInvestmentYi,
                p.IsMajor,
                p.Milestones.Where(m => m.Stage == ProjectStage.Filed).Select(m => m.ReachedOn!.Value).First(),
                p.Milestones.Where(m => m.Stage == ProjectStage.Started).Select(m => m.PlannedOn).First(),
                p.Milestones.Where(m => m.Stage == ProjectStage.Started).Select(m => m.ReachedOn).First(),
                p.Milestones.Where(m => m.Stage == ProjectStage.Completed).Select(m => m.ReachedOn).First(),
                p.Milestones.Where(m => m.Stage == ProjectStage.InProduction).Select(m => m.ReachedOn).First(),
                p.Id,
                p.Name,
                p.Kind,
                p.Origin,
                p.IsProvincialMajor,
                p.IsDigitalEconomyCore))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every chain (the eight emerging chains first) or every district, as rows; and the city for the totals.</summary>
    public static async Task<(List<StatisticsGroup> Groups, StatisticsGroup City, HashSet<string> EightChains)> LoadStatisticsGroupsAsync(
        this ProjectsDbContext db, TargetScope by, CancellationToken cancellationToken)
    {
        var chains = (await db.Set<IndustryChain>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(c => c.Kind).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        // In the order of their division codes, as the bureau lists them (吴兴 南浔 德清 长兴 安吉), functional areas last.
        var districts = (await db.Set<Region>().AsNoTracking().Where(r => r.Kind == RegionKind.District).ToListAsync(cancellationToken))
            .OrderBy(r => r.AdminCode is null).ThenBy(r => r.AdminCode, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var cityCode = districts.Select(d => d.ParentCode).FirstOrDefault(c => c is not null)
            ?? throw new InvalidOperationException("The districts are not seeded (seeds/regions.json).");
        var city = await db.Set<Region>().AsNoTracking().SingleAsync(r => r.Code == cityCode, cancellationToken);

        var eightChains = chains.Where(c => c.Kind == IndustryChainKind.Emerging).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var groups = by == TargetScope.Chain
            ? chains.Select(c => new StatisticsGroup(c.Code, c.NameZh, c.NameEn, eightChains.Contains(c.Code))).ToList()
            : districts.Select(d => new StatisticsGroup(d.Code, d.NameZh, d.NameEn)).ToList();
        return (groups, new StatisticsGroup(city.Code, city.NameZh, city.NameEn), eightChains);
    }

    /// <summary>The codes of the eight emerging chains (八大新兴产业链), as seeds/industry-chains.json marks them.</summary>
    public static async Task<HashSet<string>> LoadEightChainsAsync(this ProjectsDbContext db, CancellationToken cancellationToken) =>
        (await db.Set<IndustryChain>().AsNoTracking().Where(c => c.Kind == IndustryChainKind.Emerging).Select(c => c.Code).ToListAsync(cancellationToken))
        .ToHashSet(StringComparer.Ordinal);

    public static Task<List<YearlyTarget>> LoadYearlyTargetsAsync(this ProjectsDbContext db, int year, TargetScope by, CancellationToken cancellationToken) =>
        db.YearlyTargets.AsNoTracking().Where(t => t.Year == year && t.Scope == by).ToListAsync(cancellationToken);
}
