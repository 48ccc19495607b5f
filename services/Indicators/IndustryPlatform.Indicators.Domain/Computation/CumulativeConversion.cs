namespace IndustryPlatform.Indicators.Domain.Computation;

/// <summary>当月 ↔ 1–N月累计 within one year. Months are 1..12; a missing month stops the conversion there.</summary>
public static class CumulativeConversion
{
    /// <summary>Monthly values from cumulative ones: month N = cum(N) − cum(N−1). Stops at the first gap.</summary>
    public static IReadOnlyDictionary<int, decimal> ToMonthly(IReadOnlyDictionary<int, decimal> cumulativeByMonth)
    {
        var monthly = new SortedDictionary<int, decimal>();
        var previous = 0m;
        for (var month = 1; month <= 12 && cumulativeByMonth.TryGetValue(month, out var cumulative); month++)
        {
            monthly[month] = cumulative - previous;
            previous = cumulative;
        }

        return monthly;
    }

    /// <summary>Cumulative values from monthly ones: cum(N) = Σ months 1..N. Stops at the first gap.</summary>
    public static IReadOnlyDictionary<int, decimal> ToCumulative(IReadOnlyDictionary<int, decimal> monthlyByMonth)
    {
        var cumulative = new SortedDictionary<int, decimal>();
        var total = 0m;
        for (var month = 1; month <= 12 && monthlyByMonth.TryGetValue(month, out var value); month++)
        {
            total += value;
            cumulative[month] = total;
        }

        return cumulative;
    }
}
