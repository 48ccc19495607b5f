namespace IndustryPlatform.Contracts.Events;

/// <summary>亮灯 — how far behind plan a project's next milestone is.</summary>
public enum ProjectLight
{
    Green = 1,
    Yellow = 2,
    Red = 3,
}
