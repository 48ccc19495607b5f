namespace IndustryPlatform.Contracts.Events;

/// <summary>One stage of a project as it stands: its planned date and, once reached, its actual date.</summary>
public sealed record ProjectMilestoneFact(ProjectStage Stage, DateOnly PlannedOn, DateOnly? ReachedOn);
