namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// What the yearly statistics need of one project: where it belongs, its size, and the dates of the stages they count.
/// </summary>
/// <param name="TotalInvestmentYi">总投资, 亿元.</param>
/// <param name="FiledOn">备案 date.</param>
/// <param name="PlannedStartOn">The start date as currently planned (after any re-plan): what the start rate is measured against.</param>
/// <param name="StartedOn">开工, once reached.</param>
/// <param name="CompletedOn">竣工, once reached.</param>
/// <param name="InProductionOn">投产, once reached.</param>
/// <param name="Id">For the drill-down: which project.</param>
public sealed record ProjectFacts(
    string ChainCode,
    string DistrictCode,
    decimal TotalInvestmentYi,
    bool IsMajor,
    DateOnly FiledOn,
    DateOnly PlannedStartOn,
    DateOnly? StartedOn,
    DateOnly? CompletedOn,
    DateOnly? InProductionOn,
    Guid Id = default,
    string Name = "",
    ProjectKind Kind = ProjectKind.NewManufacturing,
    ProjectOrigin Origin = ProjectOrigin.NewlyIntroduced,
    bool IsProvincialMajor = false,
    bool IsDigitalEconomyCore = false);
