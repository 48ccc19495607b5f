using IndustryPlatform.Indicators.Domain.Computation;

namespace IndustryPlatform.Indicators.Domain;

/// <summary>
/// 指标卡 — everything the bureau says about one figure: value, same period last year, growth or change in points,
/// rank among the 11 cities, gap to the provincial figure, completion of the annual plan and its traffic light.
/// </summary>
public sealed record IndicatorSummary(
    string IndicatorCode,
    string NameZh,
    string NameEn,
    string Unit,
    /// <summary>A growth rate (同比增长 …%): compared with the province, not with its own last year.</summary>
    bool IsGrowthRate,
    string RegionCode,
    string Period,
    Basis Basis,
    decimal Value,
    /// <summary>Derived (counted from the registries' records), Reported (typed in) or Recomputed (from components or districts).</summary>
    FigureSource Source,
    decimal? LastYear,
    /// <summary>同比增长 (%) — for levels (not for percentages).</summary>
    decimal? GrowthPercent,
    /// <summary>较去年同期 ± (percentage points for %, the unit otherwise).</summary>
    decimal? ChangeFromLastYear,
    int? Rank,
    int? RankedCities,
    decimal? Province,
    /// <summary>高于(+)/低于(−)省均, in percentage points for % indicators, in the unit otherwise.</summary>
    decimal? GapToProvince,
    decimal? Target,
    decimal? CompletionPercent,
    Light? Light,
    IReadOnlyList<string> Warnings,
    bool IsDemo,
    /// <summary>How the districts' values make the city's: a typed figure of an aggregate is marked in a bulletin.</summary>
    Aggregation Aggregation = Aggregation.Sum)
{
    public static IndicatorSummary? Compose(Indicator indicator, string region, Period period, Basis basis, Figures figures, decimal? annualTarget,
        decimal yellowTolerance = TrafficLight.YellowTolerance)
    {
        if (figures.Of(indicator, region, period, basis) is not { } figure)
        {
            return null;
        }

        var lastYear = figures.Of(indicator, region, period.SamePeriodLastYear, basis)?.Value;
        // A ratio (每百元营业收入成本, 比重) compares by its change, not by a growth of itself.
        var growth = indicator.IsPercentage || indicator.Aggregation == Aggregation.Ratio ? null : YearOnYear.Growth(figure.Value, lastYear);
        var change = YearOnYear.Change(figure.Value, lastYear);

        int? rank = null;
        int? ranked = null;
        var cityValues = new Dictionary<string, decimal>();
        if (figures.Catalogue.Region(region)?.Kind == RegionKindInfo.City)
        {
            foreach (var city in figures.Catalogue.Cities)
            {
                if (figures.Of(indicator, city, period, basis) is { } cityFigure)
                {
                    cityValues[city] = cityFigure.Value;
                }
            }

            if (cityValues.Count > 1)
            {
                var table = Ranking.Rank(cityValues, indicator.HigherIsBetter);
                rank = table.Single(r => r.RegionCode == region).Rank;
                ranked = table.Count;
            }
        }

        var province = region == Catalogue.ProvinceCode ? null : figures.Of(indicator, Catalogue.ProvinceCode, period, basis)?.Value;
        var (completion, light) = PlanProgress.Of(indicator, period, figure.Value, annualTarget, yellowTolerance);

        return new IndicatorSummary(
            indicator.Code, indicator.NameZh, indicator.NameEn, indicator.Unit, indicator.Aggregation == Aggregation.Growth, region, period.ToString(), basis,
            figure.Value, figure.Source, lastYear, growth, change, rank, ranked, province,
            ProvincialGap.Of(figure.Value, province), annualTarget, completion, light,
            figure.Vintage?.Warnings ?? [], figure.IsDemo, indicator.Aggregation);
    }
}
