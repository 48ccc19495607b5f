namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>梯度培育金字塔 — certified enterprises by tier for a year, as the report counts them.</summary>
public sealed record Pyramid(int Year, IReadOnlyList<PyramidTier> Tiers);

/// <param name="NewThisYear">新认定: certified for this year.</param>
/// <param name="Cumulative">累计: distinct enterprises certified for this or an earlier year, revocations excluded.</param>
public sealed record PyramidTier(string TierCode, string NameZh, string Level, int NewThisYear, int Cumulative, IReadOnlyList<PyramidDistrict> Districts);

public sealed record PyramidDistrict(string DistrictCode, int NewThisYear, int Cumulative);
