namespace IndustryPlatform.Enterprises.Domain;

/// <summary>
/// 全市企业综合评价 — every enterprise with figures for a year, graded for carbon efficiency and scored, ranked and
/// classed for 亩均效益, in one pass over that year's figures. The distributions are counted from the same standings,
/// so a list and its totals never disagree.
/// </summary>
public sealed record CityEvaluation(int Year, PerMuClassThresholds Thresholds, IReadOnlyList<EnterpriseStanding> Standings)
{
    private const int Grades = 5;

    /// <summary>Standings ordered by 亩均 rank, then credit code.</summary>
    public static CityEvaluation Of(int year, IEnumerable<EvaluatedEnterprise> enterprises, CarbonEfficiencySettings carbon, PerMuSettings perMu)
    {
        var scored = enterprises
            .Select(e => (Enterprise: e, Carbon: CarbonEfficiency.Of(e.Figures, e.IndustryCode, carbon), Score: PerMuEfficiency.Of(e.Figures, perMu).Score))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Enterprise.CreditCode, StringComparer.Ordinal)
            .ToList();
        var cityRanks = Ranks(scored.Select(x => x.Score).ToList());
        var districtRanks = new Dictionary<string, (int Seen, int Rank, decimal Score)>(StringComparer.Ordinal);
        var standings = new List<EnterpriseStanding>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var (enterprise, carbonEfficiency, score) = scored[i];
            var district = districtRanks.GetValueOrDefault(enterprise.DistrictCode);
            var seen = district.Seen + 1;
            var districtRank = seen > 1 && district.Score == score ? district.Rank : seen;
            districtRanks[enterprise.DistrictCode] = (seen, districtRank, score);
            standings.Add(new EnterpriseStanding(
                enterprise.CreditCode, enterprise.NameZh, enterprise.DistrictCode, enterprise.IndustryCode, IndustryDivision.Of(enterprise.IndustryCode),
                carbonEfficiency?.Grade, carbonEfficiency is null ? null : Math.Round(carbonEfficiency.Ratio, 4, MidpointRounding.AwayFromZero),
                score, cityRanks[i], districtRank, perMu.Classes.ClassOf(score)));
        }

        return new CityEvaluation(year, perMu.Classes, standings);
    }

    public EnterpriseStanding? Find(string creditCode) => Standings.FirstOrDefault(s => s.CreditCode == creditCode);

    public CarbonGradeDistribution CarbonGrades()
    {
        var graded = Standings.Where(s => s.CarbonGrade is not null).ToList();
        return new CarbonGradeDistribution(
            Year, graded.Count, Standings.Count - graded.Count, GradeCounts(graded),
            [.. graded.GroupBy(s => s.DistrictCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CarbonGradeGroup(g.Key, g.Count(), GradeCounts([.. g])))],
            [.. graded.GroupBy(s => s.IndustryDivision).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CarbonGradeGroup(g.Key, g.Count(), GradeCounts([.. g])))]);
    }

    public PerMuClassDistribution PerMuClasses() => new(
        Year, Standings.Count, Thresholds, ClassCounts(Standings),
        [.. Standings.GroupBy(s => s.DistrictCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => ClassGroup(g.Key, [.. g]))],
        [.. Standings.GroupBy(s => s.IndustryDivision).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => ClassGroup(g.Key, [.. g]))]);

    /// <summary>Standard competition ranking of scores already in descending order.</summary>
    private static int[] Ranks(IReadOnlyList<decimal> descending)
    {
        var ranks = new int[descending.Count];
        for (var i = 0; i < descending.Count; i++)
        {
            ranks[i] = i > 0 && descending[i] == descending[i - 1] ? ranks[i - 1] : i + 1;
        }

        return ranks;
    }

    private static List<GradeCount> GradeCounts(IReadOnlyCollection<EnterpriseStanding> graded) =>
        [.. Enumerable.Range(1, Grades).Select(grade =>
        {
            var count = graded.Count(s => s.CarbonGrade == grade);
            return new GradeCount(grade, count, Share.Of(count, graded.Count));
        })];

    private static List<ClassCount> ClassCounts(IReadOnlyCollection<EnterpriseStanding> evaluated) =>
        [.. Enum.GetValues<PerMuClass>().Select(c =>
        {
            var count = evaluated.Count(s => s.PerMuClass == c);
            return new ClassCount(c, count, Share.Of(count, evaluated.Count));
        })];

    private static PerMuClassGroup ClassGroup(string code, IReadOnlyCollection<EnterpriseStanding> members) =>
        new(code, members.Count, Math.Round(members.Average(s => s.PerMuScore), 2, MidpointRounding.AwayFromZero), ClassCounts(members));
}
