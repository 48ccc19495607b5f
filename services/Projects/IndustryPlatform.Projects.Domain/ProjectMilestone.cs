
namespace IndustryPlatform.Projects.Domain;

/// <summary>One stage of a project: when it is planned and, once reached, when it actually happened.</summary>
public sealed class ProjectMilestone
{
    private ProjectMilestone() { }

    public ProjectMilestone(ProjectStage stage, DateOnly plannedOn, DateOnly? reachedOn)
    {
        Stage = stage;
        PlannedOn = plannedOn;
        ReachedOn = reachedOn;
    }

    public ProjectStage Stage { get; private set; }
    public DateOnly PlannedOn { get; internal set; }
    public DateOnly? ReachedOn { get; internal set; }
}
