using IndustryPlatform.Cockpit.Gateway;

namespace IndustryPlatform.Cockpit.Reporting;

/// <summary>
/// The lifecycle funnel 备案→开工→竣工→投产→上规→达产 of a year's projects (those filed in it: how far each has come),
/// and the year's statistics row 备案/开工/竣工/投产 (what happened in it), each step with its share of the one before.
/// </summary>
public static class ProjectFunnel
{
    public sealed record Step(string Stage, string Zh, string En, int Count, decimal InvestmentYi, decimal? ShareOfPrevious);

    /// <param name="Reached">Projects at this stage or beyond it.</param>
    public sealed record ReachedStep(string Stage, string Zh, string En, int Reached, decimal? ShareOfPrevious);

    /// <summary>
    /// From how many projects stand at each stage now (the search by stage), how many have reached each of the six:
    /// a project at 竣工 has also been filed and started. A stage missing from <paramref name="standingAt"/> has none.
    /// </summary>
    public static IReadOnlyList<ReachedStep> Reached(IReadOnlyDictionary<string, int> standingAt)
    {
        var steps = new ReachedStep[Stages.Count];
        var reached = 0;
        for (var i = Stages.Count - 1; i >= 0; i--)
        {
            reached += standingAt.GetValueOrDefault(Stages[i].Stage);
            steps[i] = new ReachedStep(Stages[i].Stage, Stages[i].Zh, Stages[i].En, reached, null);
        }

        for (var i = 1; i < steps.Length; i++)
        {
            steps[i] = steps[i] with { ShareOfPrevious = Share(steps[i].Reached, steps[i - 1].Reached) };
        }

        return steps;
    }

    private static decimal? Share(int count, int previous) => previous > 0 ? Math.Round(100m * count / previous, 1) : null;

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
            var share = previous is { } p ? Share(figures.Count, p) : null;
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
