namespace IndustryPlatform.Projects.Domain;

/// <summary>One figure of the year, city-wide: how many projects make it and their total investment (亿元).</summary>
/// <param name="Code">The figure's code; <c>statistics/{code}/projects</c> lists the projects behind it.</param>
public sealed record FigureCount(string Code, string NameZh, int Count, decimal InvestmentYi)
{
    public static FigureCount Of(ProjectFigure figure, IReadOnlyCollection<ProjectFacts> projects, int year, IReadOnlySet<string> eightChains)
    {
        var counted = projects.Where(p => figure.Counts(p, year, eightChains)).ToList();
        return new(figure.Code, figure.NameZh, counted.Count, counted.Sum(p => p.TotalInvestmentYi));
    }
}
