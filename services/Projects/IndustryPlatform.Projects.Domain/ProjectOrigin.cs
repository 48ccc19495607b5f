namespace IndustryPlatform.Projects.Domain;

/// <summary>Where a project comes from: brought in by investment promotion (新引进) or grown by an enterprise already in the city (内生).</summary>
public enum ProjectOrigin
{
    /// <summary>新引进 — brought in from outside the city (招商引资).</summary>
    NewlyIntroduced = 1,

    /// <summary>内生 — an enterprise already in the city expands or upgrades (增资扩产、技术改造).</summary>
    Endogenous = 2,
}
