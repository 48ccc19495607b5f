namespace IndustryPlatform.Enterprises.Domain;

/// <summary>One tier judged for one enterprise and year: met when every criterion is.</summary>
/// <param name="IsEvaluated">False for tiers people nominate without criteria the platform can check.</param>
public sealed record TierEvaluation(string TierCode, string NameZh, TierLevel Level, bool IsEvaluated, bool Met, IReadOnlyList<CriterionResult> Criteria);

/// <param name="Findings">Each condition with its numbers, e.g. "taxes 2.4亿 &lt; 3亿 required".</param>
public sealed record CriterionResult(string Code, string Description, bool Met, IReadOnlyList<string> Findings);

/// <summary>碳效 + 亩均 + every tier for one enterprise and year.</summary>
/// <param name="PerMuStanding">Its rank and class among the city's enterprises that year; null without figures.</param>
public sealed record EnterpriseEvaluation(
    int Year,
    CarbonEfficiency? CarbonEfficiency,
    PerMuEfficiency? PerMuEfficiency,
    IReadOnlyList<TierEvaluation> Tiers,
    PerMuStanding? PerMuStanding = null);

/// <summary>亩均排名与分类 of one enterprise in the city-wide evaluation of its year.</summary>
/// <param name="Rank">1 = the highest score in the city.</param>
/// <param name="Of">How many enterprises the city-wide evaluation ranked.</param>
public sealed record PerMuStanding(int Rank, int DistrictRank, int Of, PerMuClass Class);
