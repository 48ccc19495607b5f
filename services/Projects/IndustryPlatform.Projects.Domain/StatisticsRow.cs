namespace IndustryPlatform.Projects.Domain;

/// <summary>One chain's, one district's or the whole city's year: the four stages counted and the start rate.</summary>
/// <param name="Filed">备案 — newly filed.</param>
/// <param name="Started">开工 — started (新开工).</param>
/// <param name="Completed">竣工 — completed (新竣工).</param>
/// <param name="InProduction">投产 — put into production.</param>
public sealed record StatisticsRow(
    StatisticsGroup Group,
    StageFigures Filed,
    StageFigures Started,
    StageFigures Completed,
    StageFigures InProduction,
    StartRate StartRate);
