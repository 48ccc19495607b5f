namespace IndustryPlatform.Indicators.Domain.Facts;

/// <summary>
/// 项目事实 — Indicators' copy of one project as the Projects registry last published it (the highest version seen).
/// Counted, never edited here: a withdrawn project stays as a row and counts nowhere.
/// </summary>
public sealed class ProjectFact
{
    public required Guid ProjectId { get; init; }
    public required int Version { get; set; }
    public required string Name { get; set; }
    public required string EnterpriseCreditCode { get; set; }
    public required string DistrictCode { get; set; }
    public required string ChainCode { get; set; }
    /// <summary>"NewManufacturing", "TechnicalUpgrade" (技改) or "LandRenewal" (腾笼换鸟).</summary>
    public required string Kind { get; set; }
    /// <summary>"NewlyIntroduced" (新引进) or "Endogenous" (内生).</summary>
    public required string Origin { get; set; }
    /// <summary>总投资, 亿元.</summary>
    public required decimal TotalInvestmentYi { get; set; }
    public decimal? EquipmentInvestmentShare { get; set; }
    public bool IsMajor { get; set; }
    public bool IsProvincialMajor { get; set; }
    public bool IsDigitalEconomyCore { get; set; }
    public bool IsWithdrawn { get; set; }
    public bool IsDemo { get; set; }
    /// <summary>备案 — actual dates of the six stages, null until reached.</summary>
    public DateOnly? FiledOn { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateOnly? InProductionOn { get; set; }
    public DateOnly? AboveScaleOn { get; set; }
    public DateOnly? AtCapacityOn { get; set; }
    /// <summary>计划开工 — the planned start (the provincial list counts projects planned to start in a year).</summary>
    public DateOnly? PlannedStartOn { get; set; }
    public required DateTimeOffset ChangedAt { get; set; }
    /// <summary>When this version arrived here (commit-to-applied latency is measured from it).</summary>
    public DateTimeOffset AppliedAt { get; set; }
}
