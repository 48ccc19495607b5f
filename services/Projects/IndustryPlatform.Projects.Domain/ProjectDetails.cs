namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// What a registration says about a project, unchecked. Kind is a name ("NewManufacturing", "TechnicalUpgrade",
/// "LandRenewal"), origin too ("NewlyIntroduced", "Endogenous").
/// </summary>
/// <param name="TotalInvestmentYi">总投资 in 亿元.</param>
/// <param name="EquipmentInvestmentShare">设备投资占比 in percent, 0–100.</param>
/// <param name="Origin">新引进 or 内生; required.</param>
/// <param name="IsDigitalEconomyCore">数字经济核心产业项目.</param>
public sealed record ProjectDetails(
    string? Name,
    string? EnterpriseCreditCode,
    string? DistrictCode,
    string? ChainCode,
    string? Kind,
    decimal TotalInvestmentYi,
    decimal EquipmentInvestmentShare,
    bool IsProvincialMajor,
    string? FiledOn,
    ProjectPlan Plan,
    string? Origin = null,
    bool IsDigitalEconomyCore = false);
