
namespace IndustryPlatform.Projects.Domain;

/// <summary>The order of the milestones and their names as the bureau writes them.</summary>
public static class ProjectStages
{
    public static IReadOnlyList<ProjectStage> InOrder { get; } =
        [ProjectStage.Filed, ProjectStage.Started, ProjectStage.Completed, ProjectStage.InProduction, ProjectStage.AboveScale, ProjectStage.AtCapacity];

    /// <summary>The stages after filing: each has a planned date from registration on.</summary>
    public static IReadOnlyList<ProjectStage> Planned { get; } = InOrder.Skip(1).ToList();

    public static ProjectStage? Next(this ProjectStage stage) =>
        stage == ProjectStage.AtCapacity ? null : stage + 1;

    public static string NameZh(this ProjectStage stage) => stage switch
    {
        ProjectStage.Filed => "备案",
        ProjectStage.Started => "开工",
        ProjectStage.Completed => "竣工",
        ProjectStage.InProduction => "投产",
        ProjectStage.AboveScale => "上规",
        ProjectStage.AtCapacity => "达产",
        _ => stage.ToString(),
    };

    /// <summary>Parses a stage name (e.g. "Started", case-insensitive); null when it names no stage.</summary>
    public static ProjectStage? Parse(string? value) =>
        Enum.TryParse<ProjectStage>(value, ignoreCase: true, out var stage) && Enum.IsDefined(stage) && !int.TryParse(value, out _)
            ? stage
            : null;
}
