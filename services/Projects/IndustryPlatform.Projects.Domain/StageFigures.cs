namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// How many projects reached one stage in the year, with their total investment, and how the ≥3亿 ones among them
/// compare with the yearly target (the targets count ≥3亿 projects: "引进且备案3亿元以上项目35个, 完成年度任务的125%").
/// </summary>
/// <param name="Target">The target for the year; null when none is set.</param>
/// <param name="TargetCompletionPercent"><paramref name="MajorCount"/> ÷ <paramref name="Target"/>; null when there is no target or it is zero.</param>
public sealed record StageFigures(
    int Count,
    decimal InvestmentYi,
    int MajorCount,
    decimal MajorInvestmentYi,
    int? Target,
    decimal? TargetCompletionPercent)
{
    public static StageFigures Of(IReadOnlyCollection<ProjectFacts> reached, int? target, int? majorCountAgainstTarget = null)
    {
        var major = reached.Where(p => p.IsMajor).ToList();
        var counted = majorCountAgainstTarget ?? major.Count;
        return new(
            reached.Count,
            reached.Sum(p => p.TotalInvestmentYi),
            major.Count,
            major.Sum(p => p.TotalInvestmentYi),
            target,
            target is { } t ? Percent.Of(counted, t) : null);
    }
}
