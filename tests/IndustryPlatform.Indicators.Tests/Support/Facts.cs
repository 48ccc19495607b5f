using IndustryPlatform.Contracts.Events;

namespace IndustryPlatform.Indicators.Tests.Support;

/// <summary>Registry facts as Projects and Enterprises publish them, with only what a test cares about stated.</summary>
public static class Facts
{
    public const string CreditCode = "91330500MA2JQ2Q83X";

    public static ProjectFactsChanged Project(
        Guid id, int version, string district, DateOnly? filed = null, DateOnly? started = null, DateOnly? plannedStart = null,
        bool major = true, bool withdrawn = false, string chain = "nev", ProjectKind kind = ProjectKind.NewManufacturing,
        ProjectOrigin origin = ProjectOrigin.NewlyIntroduced, decimal investment = 5m, bool provincial = false, bool demo = false)
    {
        var filedOn = filed ?? new DateOnly(2000, 1, 1);
        return new ProjectFactsChanged(
            id, version, $"测试项目 {id:N}"[..12], CreditCode, district, chain, kind, origin, investment, null,
            major, provincial, IsDigitalEconomyCore: false, withdrawn, demo,
            [
                new ProjectMilestoneFact(ProjectStage.Filed, filedOn, filed),
                new ProjectMilestoneFact(ProjectStage.Started, plannedStart ?? filedOn.AddMonths(3), started),
                new ProjectMilestoneFact(ProjectStage.Completed, filedOn.AddYears(1), null),
                new ProjectMilestoneFact(ProjectStage.InProduction, filedOn.AddYears(1), null),
                new ProjectMilestoneFact(ProjectStage.AboveScale, filedOn.AddYears(2), null),
                new ProjectMilestoneFact(ProjectStage.AtCapacity, filedOn.AddYears(3), null),
            ],
            DateTimeOffset.UtcNow);
    }

    public static TierRecordChanged Tier(Guid id, int version, string district, string tier, int year, string status = "Certified", DateOnly? certified = null, DateOnly? validUntil = null) =>
        new(id, version, CreditCode, "湖州示例智能装备有限公司", district, tier, "Provincial", year, status,
            status == "Candidate" ? null : certified ?? new DateOnly(year + 1, 3, 1), validUntil, IsDemo: false, DateTimeOffset.UtcNow);

    public static ListingChanged Listing(string creditCode, int version, string district, DateOnly? listedOn, bool active = true) =>
        new(creditCode, version, "湖州示例上市公司", district, listedOn is null ? null : "sse-main", listedOn is null ? null : "600000", listedOn, active, IsDemo: false, DateTimeOffset.UtcNow);
}
