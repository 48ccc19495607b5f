namespace IndustryPlatform.Projects.Domain;

/// <summary>What a registration says about a project, unchecked. Kind is a name ("NewManufacturing", "TechnicalUpgrade", "LandRenewal").</summary>
/// <param name="TotalInvestmentYi">总投资 in 亿元.</param>
/// <param name="EquipmentInvestmentShare">设备投资占比 in percent, 0–100.</param>
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
    ProjectPlan Plan);
