namespace IndustryPlatform.Projects.Domain;

/// <summary>The planned dates of the stages after filing, as registration gives them (yyyy-MM-dd strings, checked by rule).</summary>
public sealed record ProjectPlan(string? StartOn, string? CompletionOn, string? ProductionOn, string? AboveScaleOn, string? AtCapacityOn);
