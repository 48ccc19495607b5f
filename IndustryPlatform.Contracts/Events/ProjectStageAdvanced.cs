namespace IndustryPlatform.Contracts.Events;

/// <summary>A project reached <see cref="Stage"/> on <see cref="ActualDate"/>.
/// AboveScale lets Enterprises mark the owning enterprise above designated size.</summary>
/// <param name="TotalInvestmentYi">Total investment in 亿元.</param>
/// <param name="IsMajor">Total investment ≥ 3亿元.</param>
public sealed record ProjectStageAdvanced(
    Guid ProjectId,
    string EnterpriseCreditCode,
    string DistrictCode,
    string ChainCode,
    ProjectKind Kind,
    decimal TotalInvestmentYi,
    bool IsMajor,
    bool IsProvincialMajor,
    ProjectStage Stage,
    DateOnly ActualDate,
    int Version,
    DateTimeOffset OccurredAt);
