namespace IndustryPlatform.Enterprises.Domain;

/// <summary>One above-scale enterprise of a year and its digital level at the year's end.</summary>
public sealed record AboveScaleDigitalLevel(string CreditCode, string DistrictCode, string IndustryCode, DigitalLevel Level);

/// <summary>
/// 数字化改造覆盖率 — the share of a year's above-scale enterprises (规上工业企业) at 1.0 or beyond and at 2.0, at the
/// year's end, in the city, by district and by industry division.
/// </summary>
public sealed record DigitalCoverage(int Year, DigitalCoverageGroup City, IReadOnlyList<DigitalCoverageGroup> Districts, IReadOnlyList<DigitalCoverageGroup> Industries)
{
    public static DigitalCoverage Of(int year, IReadOnlyCollection<AboveScaleDigitalLevel> enterprises) => new(
        year,
        DigitalCoverageGroup.Of("huzhou", enterprises),
        [.. enterprises.GroupBy(e => e.DistrictCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => DigitalCoverageGroup.Of(g.Key, [.. g]))],
        [.. enterprises.GroupBy(e => IndustryDivision.Of(e.IndustryCode)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => DigitalCoverageGroup.Of(g.Key, [.. g]))]);
}

/// <param name="Code">huzhou, a district code or an industry division.</param>
/// <param name="AboveScale">规上 enterprises of the year in the group.</param>
/// <param name="AtLevel1OrAbove">Of them, at 1.0 or 2.0.</param>
/// <param name="Level1Coverage">AtLevel1OrAbove ÷ AboveScale, 0–1, four decimals; 0 when there are none.</param>
public sealed record DigitalCoverageGroup(string Code, int AboveScale, int AtLevel1OrAbove, int AtLevel2, decimal Level1Coverage, decimal Level2Coverage)
{
    public static DigitalCoverageGroup Of(string code, IReadOnlyCollection<AboveScaleDigitalLevel> members)
    {
        var atOne = members.Count(m => m.Level >= DigitalLevel.Level1);
        var atTwo = members.Count(m => m.Level == DigitalLevel.Level2);
        return new DigitalCoverageGroup(code, members.Count, atOne, atTwo, Share.Of(atOne, members.Count), Share.Of(atTwo, members.Count));
    }
}
