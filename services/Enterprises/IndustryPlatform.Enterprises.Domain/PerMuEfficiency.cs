namespace IndustryPlatform.Enterprises.Domain;

/// <summary>亩均效益 — the weighted score of an enterprise's yearly figures against the benchmarks.</summary>
public sealed record PerMuEfficiency(decimal Score, IReadOnlyList<PerMuIndicatorScore> Indicators)
{
    public static PerMuEfficiency Of(FigureValues values, PerMuSettings settings)
    {
        var indicators = settings.Indicators.Select(setting =>
        {
            var value = ValueOf(setting.Indicator, values);
            var score = value is { } v && setting.Benchmark > 0
                ? setting.Weight * Math.Min(v / setting.Benchmark, settings.Cap)
                : 0m;
            return new PerMuIndicatorScore(setting.Indicator, value, setting.Benchmark, setting.Weight, Math.Round(score, 2, MidpointRounding.AwayFromZero));
        }).ToList();
        return new PerMuEfficiency(indicators.Sum(i => i.Score), indicators);
    }

    /// <summary>Null when the divisor is zero (no land, energy or staff recorded): the indicator then scores nothing.</summary>
    private static decimal? ValueOf(PerMuIndicator indicator, FigureValues v) => indicator switch
    {
        PerMuIndicator.TaxPerMu => Divide(v.TaxesPaidInCity, v.LandMu),
        PerMuIndicator.ValueAddedPerMu => Divide(v.ValueAdded, v.LandMu),
        PerMuIndicator.ValueAddedPerTce => Divide(v.ValueAdded, v.EnergyTce),
        PerMuIndicator.ValueAddedPerEmployee => Divide(v.ValueAdded, v.Employees),
        PerMuIndicator.RdIntensityPercent => v.MainBusinessRevenue == 0 ? null : v.RdIntensityPercent,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Unknown per-mu indicator."),
    };

    private static decimal? Divide(decimal numerator, decimal denominator) =>
        denominator == 0 ? null : Math.Round(numerator / denominator, 4, MidpointRounding.AwayFromZero);
}

/// <param name="Value">Null when it cannot be computed.</param>
public sealed record PerMuIndicatorScore(PerMuIndicator Indicator, decimal? Value, decimal Benchmark, decimal Weight, decimal Score);
