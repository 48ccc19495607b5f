namespace IndustryPlatform.Enterprises.Domain;

/// <summary>工业碳效码 — the grade of an enterprise's carbon intensity against its industry's average.</summary>
/// <param name="Intensity">L = CO₂ ÷ value added, t/万元.</param>
/// <param name="IndustryAverage">The industry's average L.</param>
/// <param name="Ratio">K = L ÷ industry average.</param>
/// <param name="Grade">1 (best) to 5.</param>
public sealed record CarbonEfficiency(decimal Intensity, decimal IndustryAverage, decimal Ratio, int Grade)
{
    /// <summary>Null when there is no value added to divide by.</summary>
    public static CarbonEfficiency? Of(FigureValues values, string industryCode, CarbonEfficiencySettings settings)
    {
        if (values.ValueAdded <= 0)
        {
            return null;
        }

        var intensity = values.Co2Tonnes / values.ValueAdded;
        var average = AverageFor(industryCode, settings);
        var ratio = intensity / average;
        return new CarbonEfficiency(intensity, average, ratio, GradeOf(ratio, settings));
    }

    /// <summary>Bounds are inclusive above: K = 0.6 is grade 1, K = 0.6000001 grade 2.</summary>
    public static int GradeOf(decimal ratio, CarbonEfficiencySettings settings)
    {
        for (var i = 0; i < settings.GradeUpperBounds.Count; i++)
        {
            if (ratio <= settings.GradeUpperBounds[i])
            {
                return i + 1;
            }
        }

        return settings.GradeUpperBounds.Count + 1;
    }

    /// <summary>The longest matching industry-code prefix wins, so C3841 can differ from C38.</summary>
    private static decimal AverageFor(string industryCode, CarbonEfficiencySettings settings) =>
        settings.IndustryAverages
            .Where(a => industryCode.StartsWith(a.IndustryCodePrefix, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(a => a.IndustryCodePrefix.Length)
            .Select(a => (decimal?)a.Intensity)
            .FirstOrDefault() ?? settings.DefaultIndustryAverage;
}
