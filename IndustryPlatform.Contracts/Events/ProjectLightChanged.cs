namespace IndustryPlatform.Contracts.Events;

/// <summary>亮灯变化 — a project's warning light changed, judged against <see cref="NextStage"/>'s plan.</summary>
/// <param name="NextStage">The milestone the project is waiting for; null once at capacity.</param>
public sealed record ProjectLightChanged(
    Guid ProjectId,
    string EnterpriseCreditCode,
    string DistrictCode,
    string ChainCode,
    ProjectStage CurrentStage,
    ProjectStage? NextStage,
    ProjectLight PreviousLight,
    ProjectLight Light,
    int DaysOverdue,
    DateTimeOffset OccurredAt);
