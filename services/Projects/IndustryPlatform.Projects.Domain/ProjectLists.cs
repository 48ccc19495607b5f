using System.Linq.Expressions;

namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// Which projects belong on which list, as expressions: the database runs them, and tests can run them on projects in memory.
/// </summary>
public static class ProjectLists
{
    /// <summary>Projects at the list's stage whose next stage is planned from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static Expression<Func<Project, bool>> DuePeriod(ProjectListKind kind, DateOnly from, DateOnly to)
    {
        var (current, next) = kind switch
        {
            ProjectListKind.ToStart => (ProjectStage.Filed, ProjectStage.Started),
            ProjectListKind.ToComplete => (ProjectStage.Started, ProjectStage.Completed),
            ProjectListKind.ToReachScale => (ProjectStage.InProduction, ProjectStage.AboveScale),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only the three lists have a period."),
        };
        return p => p.Stage == current && p.NextPlannedOn >= from && p.NextPlannedOn <= to;
    }

    /// <summary>
    /// 破五未 on <paramref name="today"/>: not at capacity and the next stage planned before today. With
    /// <paramref name="notYet"/>, only those waiting for that stage (e.g. Started = 未开工).
    /// </summary>
    public static Expression<Func<Project, bool>> Stuck(DateOnly today, ProjectStage? notYet)
    {
        if (notYet is { } waitingFor)
        {
            var current = waitingFor - 1;
            return p => p.Stage == current && p.NextPlannedOn < today;
        }

        return p => p.NextPlannedOn != null && p.NextPlannedOn < today;
    }

    public static Expression<Func<Project, bool>> In(string? districtCode, string? chainCode) =>
        p => (districtCode == null || p.DistrictCode == districtCode) && (chainCode == null || p.ChainCode == chainCode);
}
