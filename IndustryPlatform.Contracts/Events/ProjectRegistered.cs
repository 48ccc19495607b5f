namespace IndustryPlatform.Contracts.Events;

/// <summary>项目备案 — a project was registered; it is at stage Filed on <see cref="FiledOn"/>.</summary>
/// <param name="TotalInvestmentYi">Total investment in 亿元.</param>
/// <param name="IsMajor">Total investment ≥ 3亿元.</param>
public sealed record ProjectRegistered(
    Guid ProjectId,
    string Name,
    string EnterpriseCreditCode,
    string DistrictCode,
    string ChainCode,
    ProjectKind Kind,
    decimal TotalInvestmentYi,
    bool IsMajor,
    bool IsProvincialMajor,
    DateOnly FiledOn,
    int Version,
    DateTimeOffset OccurredAt);
