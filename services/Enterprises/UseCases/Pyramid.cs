namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>梯度培育金字塔 — certified enterprises by tier for a year, as the report counts them, and the listed enterprises.</summary>
/// <param name="Listed">上市企业 from the registry's listing status; the phoenix tier row counts certifications of the same enterprises.</param>
public sealed record Pyramid(int Year, IReadOnlyList<PyramidTier> Tiers, PyramidListings? Listed = null);

/// <param name="NewThisYear">新认定: certified for this year.</param>
/// <param name="Cumulative">累计: distinct enterprises certified for this or an earlier year, revocations excluded.</param>
public sealed record PyramidTier(string TierCode, string NameZh, string Level, int NewThisYear, int Cumulative, IReadOnlyList<PyramidDistrict> Districts);

public sealed record PyramidDistrict(string DistrictCode, int NewThisYear, int Cumulative);

/// <summary>"新增上市企业6家,累计达62家": from the listing dates in the registry, as it stands now (a delisting removes the enterprise).</summary>
/// <param name="NewThisYear">Listed during the year.</param>
/// <param name="Cumulative">Listed on or before the end of the year.</param>
public sealed record PyramidListings(
    int NewThisYear, int Cumulative, IReadOnlyList<PyramidExchange> Exchanges, IReadOnlyList<PyramidDistrict> Districts);

public sealed record PyramidExchange(string Exchange, string NameZh, int NewThisYear, int Cumulative);
