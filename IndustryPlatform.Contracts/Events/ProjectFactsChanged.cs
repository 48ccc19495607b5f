namespace IndustryPlatform.Contracts.Events;

/// <summary>
/// 项目事实 — the whole current state of one project, published after every committed change to it (registration,
/// a stage reached, a re-plan, a correction, a withdrawal) and again when a resync is requested. A consumer keeps, per
/// project, the state with the highest <see cref="Version"/> and ignores an older or equal one, so redelivery and
/// out-of-order delivery leave the same result.
/// </summary>
/// <param name="Version">The project's own version: 1 when registered, one more per change.</param>
/// <param name="TotalInvestmentYi">总投资, 亿元.</param>
/// <param name="EquipmentInvestmentShare">设备投资占比, percent of the total investment; null when not reported.</param>
/// <param name="IsMajor">Total investment ≥ 3亿元 ("大好高").</param>
/// <param name="IsProvincialMajor">列入省制造业重大项目清单.</param>
/// <param name="IsDigitalEconomyCore">数字经济核心产业项目.</param>
/// <param name="IsWithdrawn">Withdrawn (撤销/退库): it no longer counts anywhere, but its record stays.</param>
/// <param name="IsDemo">Invented demonstration data, not a real project.</param>
/// <param name="Milestones">All six stages, in order, with planned and actual dates.</param>
public sealed record ProjectFactsChanged(
    Guid ProjectId,
    int Version,
    string Name,
    string EnterpriseCreditCode,
    string DistrictCode,
    string ChainCode,
    ProjectKind Kind,
    ProjectOrigin Origin,
    decimal TotalInvestmentYi,
    decimal? EquipmentInvestmentShare,
    bool IsMajor,
    bool IsProvincialMajor,
    bool IsDigitalEconomyCore,
    bool IsWithdrawn,
    bool IsDemo,
    IReadOnlyList<ProjectMilestoneFact> Milestones,
    DateTimeOffset ChangedAt);
