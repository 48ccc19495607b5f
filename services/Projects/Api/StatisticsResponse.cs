using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Api;

/// <summary>
/// GET statistics, in the shape gRPC answers it: each row names its chain or district in its own fields, beside the
/// four stages and the start rate.
/// </summary>
/// <param name="Figures">Every figure of the catalogue for the whole city; <c>statistics/{code}/projects</c> names the projects behind each.</param>
/// <param name="ProvincialStartRate">省重大项目开工率.</param>
public sealed record StatisticsResponse(
    int Year, TargetScope By, IReadOnlyList<StatisticsRowResponse> Rows, StatisticsRowResponse CityTotal, EightChainsShare EightChainsShare,
    IReadOnlyList<FigureCount> Figures, StartRate ProvincialStartRate)
{
    public static StatisticsResponse From(ProjectStatistics statistics) => new(
        statistics.Year, statistics.By, [.. statistics.Rows.Select(StatisticsRowResponse.From)], StatisticsRowResponse.From(statistics.CityTotal),
        statistics.EightChainsShare, statistics.Figures, statistics.ProvincialStartRate);
}

/// <param name="Code">The chain's or district's code; the city's (huzhou) on the totals row.</param>
public sealed record StatisticsRowResponse(
    string Code, string NameZh, string NameEn, bool IsEightChains,
    StageFigures Filed, StageFigures Started, StageFigures Completed, StageFigures InProduction, StartRate StartRate)
{
    public static StatisticsRowResponse From(StatisticsRow row) => new(
        row.Group.Code, row.Group.NameZh, row.Group.NameEn, row.Group.IsEightChains, row.Filed, row.Started, row.Completed, row.InProduction, row.StartRate);
}
