using IndustryPlatform.Indicators.Domain.Computation;

namespace IndustryPlatform.Indicators.Domain;

/// <summary>
/// 区县比较 — the city's six districts side by side on one indicator for a period: ranked (higher or lower is better as the
/// indicator says; equal values share a rank), each against its own annual plan with its light, and for an additive
/// indicator its share of the city's figure. A district's rate or growth is recomputed from its own components, as the
/// city's is. A district without a figure is listed after the ranked ones, unranked, and named in <see cref="Unranked"/>.
/// </summary>
public sealed record DistrictComparison(
    string IndicatorCode,
    string NameZh,
    string Unit,
    bool HigherIsBetter,
    Aggregation Aggregation,
    string Period,
    Basis Basis,
    decimal? City,
    FigureSource? CitySource,
    IReadOnlyList<DistrictStanding> Districts,
    /// <summary>The districts with no figure for the period: listed, not ranked.</summary>
    IReadOnlyList<string> Unranked,
    bool IsDemo)
{
    /// <param name="targets">Each district's annual plan for the period's year, by district code; a district without one is absent.</param>
    /// <param name="yellowTolerance">The year's tolerance from the plan's light thresholds.</param>
    public static DistrictComparison Compose(
        Indicator indicator, Period period, Basis basis, Figures figures, IReadOnlyDictionary<string, decimal> targets, decimal yellowTolerance = TrafficLight.YellowTolerance)
    {
        var catalogue = figures.Catalogue;
        var found = catalogue.Districts.ToDictionary(d => d, d => figures.Of(indicator, d, period, basis));
        var ranked = Ranking.Rank(
            found.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!.Value), indicator.HigherIsBetter);
        var unranked = catalogue.Districts.Where(d => found[d] is null).ToList();
        var city = figures.Of(indicator, Catalogue.CityCode, period, basis);
        var additive = indicator.Aggregation == Aggregation.Sum;

        DistrictStanding Standing(string district, int? rank)
        {
            var figure = found[district];
            decimal? target = targets.TryGetValue(district, out var plan) ? plan : null;
            var (completion, light) = figure is null ? (null, null) : PlanProgress.Of(indicator, period, figure.Value, target, yellowTolerance);
            var share = additive && figure is not null && city is not null ? Share.Of(figure.Value, city.Value) : null;
            return new DistrictStanding(
                rank, district, catalogue.Region(district)?.NameZh ?? district, figure?.Value, figure?.Source, target, completion, light, share,
                figure?.IsDemo ?? false);
        }

        var districts = ranked.Select(r => Standing(r.RegionCode, r.Rank)).Concat(unranked.Select(d => Standing(d, null))).ToList();
        return new DistrictComparison(
            indicator.Code, indicator.NameZh, indicator.Unit, indicator.HigherIsBetter, indicator.Aggregation, period.ToString(), basis,
            city?.Value, city?.Source, districts, unranked, districts.Any(d => d.IsDemo) || city?.IsDemo == true);
    }
}
