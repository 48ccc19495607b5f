namespace IndustryPlatform.Projects.Domain;

/// <summary>One row's subject in the statistics: a chain or a district (or the whole city), named as the reference data names it.</summary>
/// <param name="IsEightChains">A chain among the eight emerging chains (八大新兴产业链); false for districts and traditional industries.</param>
public sealed record StatisticsGroup(string Code, string NameZh, string NameEn, bool IsEightChains = false);
