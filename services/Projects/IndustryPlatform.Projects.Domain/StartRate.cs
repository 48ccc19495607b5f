namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// 开工率 — of the projects whose start is planned in the year, how many had started by its end.
/// </summary>
/// <param name="Percent"><paramref name="Started"/> ÷ <paramref name="PlannedToStart"/>; null when none was planned.</param>
public sealed record StartRate(int PlannedToStart, int Started, decimal? Percent)
{
    public static StartRate Of(IReadOnlyCollection<ProjectFacts> projects, int year)
    {
        var endOfYear = new DateOnly(year, 12, 31);
        var planned = projects.Where(p => p.PlannedStartOn.Year == year).ToList();
        var started = planned.Count(p => p.StartedOn <= endOfYear);
        return new(planned.Count, started, Domain.Percent.Of(started, planned.Count));
    }
}
