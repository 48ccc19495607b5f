using IndustryPlatform.Cockpit.Gateway;

namespace IndustryPlatform.Cockpit.Reporting;

/// <summary>The lifecycle funnel 备案→开工→竣工→投产 of a year's statistics row, with each step's share of the one before.</summary>
public static class ProjectFunnel
{
    public sealed record Step(string Stage, string Zh, string En, int Count, decimal InvestmentYi, decimal? ShareOfPrevious);

    public static IReadOnlyList<Step> Of(StatisticsRow row)
    {
        var stages = new (string Stage, string Zh, string En, StageFigures Figures)[]
        {
            ("Filed", "备案", "Filed", row.Filed),
            ("Started", "开工", "Started", row.Started),
            ("Completed", "竣工", "Completed", row.Completed),
            ("InProduction", "投产", "In production", row.InProduction),
        };
        var steps = new List<Step>();
        int? previous = null;
        foreach (var (stage, zh, en, figures) in stages)
        {
            decimal? share = previous is > 0 ? Math.Round(100m * figures.Count / previous.Value, 1) : null;
            steps.Add(new Step(stage, zh, en, figures.Count, figures.InvestmentYi, share));
            previous = figures.Count;
        }

        return steps;
    }

    /// <summary>The six stages of a project's life, in order, with their names in the report's words.</summary>
    public static readonly IReadOnlyList<(string Stage, string Zh, string En)> Stages =
    [
        ("Filed", "备案", "Filed"),
        ("Started", "开工", "Started"),
        ("Completed", "竣工", "Completed"),
        ("InProduction", "投产", "In production"),
        ("AboveScale", "上规", "Above scale"),
        ("AtCapacity", "达产", "At capacity"),
    ];

    public static string StageName(string? stage, Labels labels) =>
        Stages.FirstOrDefault(s => s.Stage == stage) is { Stage: not null } s ? labels[s.Zh, s.En] : stage ?? "—";
}
