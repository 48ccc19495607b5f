namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// 八大链项目占比 — of the ≥3亿 projects newly introduced (新引进) and filed in the year, how many belong to the eight emerging chains
/// ("新引进且备案3亿元以上八大链项目161个, 占比77.8%").
/// </summary>
/// <param name="Percent"><paramref name="InEightChains"/> ÷ <paramref name="MajorFiled"/>; null when none was filed.</param>
public sealed record EightChainsShare(int MajorFiled, int InEightChains, decimal? Percent);
