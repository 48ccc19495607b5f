using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Tests;

/// <summary>A valid registration, for tests to vary one thing at a time.</summary>
public static class Sample
{
    public const string CreditCode = "91330522MW4T24AB5X";

    public static readonly ProjectReferenceData Reference = new(
        new HashSet<string> { "wuxing", "nanxun", "deqing", "changxing", "anji", "nantaihu" },
        new HashSet<string> { "nev", "smart-logistics", "semiconductor", "dyeing" });

    public static readonly DateOnly FiledOn = new(2024, 3, 1);

    public static ProjectDetails Details(
        decimal investmentYi = 5m, string? kind = "NewManufacturing", string? filedOn = "2024-03-01", ProjectPlan? plan = null) => new(
        "年产20万套新能源汽车零部件项目", CreditCode, "changxing", "nev", kind, investmentYi, 45m, false, filedOn,
        plan ?? new ProjectPlan("2024-05-01", "2025-06-30", "2025-09-30", "2026-03-31", "2026-12-31"), "NewlyIntroduced");

    public static Project Register(FixedClock clock, decimal investmentYi = 5m) =>
        Project.Register(Guid.NewGuid(), Details(investmentYi), Reference, "district-system", clock);
}
