namespace IndustryPlatform.Enterprises.Domain;

/// <summary>An enterprise's place in the city-wide evaluation of a year: its carbon grade and its 亩均 rank and class.</summary>
/// <param name="IndustryDivision">GB/T 4754 大类, e.g. C38.</param>
/// <param name="CarbonGrade">1 (best) to 5; null when there is no value added to grade.</param>
/// <param name="CarbonRatio">K = intensity ÷ the industry's average.</param>
/// <param name="PerMuRank">1 = the highest score in the city; equal scores share a rank (1, 2, 2, 4).</param>
/// <param name="PerMuDistrictRank">The same within its district.</param>
public sealed record EnterpriseStanding(
    string CreditCode,
    string NameZh,
    string DistrictCode,
    string IndustryCode,
    string IndustryDivision,
    int? CarbonGrade,
    decimal? CarbonRatio,
    decimal PerMuScore,
    int PerMuRank,
    int PerMuDistrictRank,
    PerMuClass PerMuClass);
