namespace IndustryPlatform.Indicators.Domain.Computation;

/// <summary>
/// The city value recomputed from its districts: summed for levels, recomputed from summed components for ratios and
/// growth rates (a growth rate is never summed). Null when a district or component is missing.
/// </summary>
public static class DistrictAggregation
{
    /// <param name="componentValues">Per component code, per district code: the district's value.</param>
    /// <param name="lastYearComponentValues">The same for the same period last year (Growth only).</param>
    public static decimal? Combine(
        Indicator indicator,
        IReadOnlyCollection<string> districts,
        Func<string, string, decimal?> componentValue,
        Func<string, string, decimal?> lastYearComponentValue)
    {
        switch (indicator.Aggregation)
        {
            case Aggregation.Sum:
                return SumOver(districts, d => componentValue(indicator.Code, d));
            case Aggregation.Ratio when indicator.Components.Count == 2:
                var numerator = SumOver(districts, d => componentValue(indicator.Components[0], d));
                var denominator = SumOver(districts, d => componentValue(indicator.Components[1], d));
                return numerator is { } n && denominator is { } den ? Share.Of(n, den) : null;
            case Aggregation.Growth when indicator.Components.Count == 1:
                var current = SumOver(districts, d => componentValue(indicator.Components[0], d));
                var lastYear = SumOver(districts, d => lastYearComponentValue(indicator.Components[0], d));
                return current is { } c ? YearOnYear.Growth(c, lastYear) : null;
            default:
                return null;
        }
    }

    private static decimal? SumOver(IReadOnlyCollection<string> districts, Func<string, decimal?> value)
    {
        if (districts.Count == 0)
        {
            return null;
        }

        var total = 0m;
        foreach (var district in districts)
        {
            if (value(district) is not { } v)
            {
                return null;
            }

            total += v;
        }

        return total;
    }
}
