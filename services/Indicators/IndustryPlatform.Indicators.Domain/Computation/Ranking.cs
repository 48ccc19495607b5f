namespace IndustryPlatform.Indicators.Domain.Computation;

/// <summary>One row of a ranking table: 全省第 <see cref="Rank"/> 位.</summary>
public sealed record RankedValue(string RegionCode, decimal Value, int Rank);

/// <summary>全省第N位 — rank among the province's cities; equal values share a rank and the next rank is skipped (1, 2, 2, 4).</summary>
public static class Ranking
{
    public static IReadOnlyList<RankedValue> Rank(IReadOnlyDictionary<string, decimal> valueByRegion, bool higherIsBetter)
    {
        var ordered = (higherIsBetter
                ? valueByRegion.OrderByDescending(v => v.Value)
                : valueByRegion.OrderBy(v => v.Value))
            .ThenBy(v => v.Key, StringComparer.Ordinal)
            .ToList();

        var ranked = new List<RankedValue>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Value == ordered[i - 1].Value ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedValue(ordered[i].Key, ordered[i].Value, rank));
        }

        return ranked;
    }
}
