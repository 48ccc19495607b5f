namespace IndustryPlatform.Projects.Domain;

/// <summary>亮灯 — how far behind its plan a project's next milestone is: on time, behind, far behind.</summary>
public enum ProjectLight
{
    Green = 1,
    Yellow = 2,
    Red = 3,
}
