using IndustryPlatform.Indicators.Domain.Computation;
using IndustryPlatform.Indicators.Domain.Derived;

namespace IndustryPlatform.Indicators.Domain;

/// <summary>Where a figure came from.</summary>
public enum FigureSource
{
    /// <summary>报送 — typed in by a submitter (a district system, the city bureau).</summary>
    Reported,
    /// <summary>A rate, share or growth recomputed from its components, or a city total summed from reported districts.</summary>
    Recomputed,
    /// <summary>派生 — counted from the registries' records (projects, tier records, listings).</summary>
    Derived,
}

/// <param name="IsDemo">True when the figure is, or was computed from, seeded demo data.</param>
public sealed record Figure(decimal Value, FigureSource Source, Observation? Vintage, bool IsDemo);

/// <summary>
/// A region's figure for a period: its own latest vintage if there is one; otherwise a ratio or growth rate recomputed
/// from the region's component figures, and for the city a level summed over its six districts. A growth rate or a
/// share is never summed. A derived indicator's figure of the city or a district is counted from the registries'
/// records only (a typed one, from before it was derived, is not read); other cities' stay reported, for ranks.
/// </summary>
public sealed class Figures(Catalogue catalogue, ObservationBook book, DerivedValues? derived = null)
{
    public Catalogue Catalogue { get; } = catalogue;

    public ObservationBook Book { get; } = book;

    public DerivedValues Derived { get; } = derived ?? DerivedValues.None;

    public Figure? Of(Indicator indicator, string region, Period period, Basis basis)
    {
        var fromFacts = Catalogue.IsCountedFromFacts(region) && Catalogue.IsDerived(indicator);
        if (!fromFacts && Book.Latest(new SeriesKey(indicator.Code, region, period, basis)) is { } vintage)
        {
            return new Figure(vintage.Value, FigureSource.Reported, vintage, vintage.IsDemo);
        }

        if (fromFacts && indicator.Derived is not null)
        {
            return Counted(indicator, region, period, basis);
        }

        switch (indicator.Aggregation)
        {
            case Aggregation.Ratio when indicator.Components.Count == 2
                && Component(indicator.Components[0], region, period, basis) is { } numerator
                && Component(indicator.Components[1], region, period, basis) is { } denominator
                && Share.Of(numerator.Value, denominator.Value) is { } share:
                return new Figure(share, FigureSource.Recomputed, null, numerator.IsDemo || denominator.IsDemo);
            case Aggregation.Growth when indicator.Components.Count == 1
                && Component(indicator.Components[0], region, period, basis) is { } current
                && Component(indicator.Components[0], region, period.SamePeriodLastYear, basis) is { } lastYear
                && YearOnYear.Growth(current.Value, lastYear.Value) is { } growth:
                return new Figure(growth, FigureSource.Recomputed, null, current.IsDemo || lastYear.IsDemo);
            case Aggregation.Sum when region == Catalogue.CityCode:
                return SumOfDistricts(indicator, period, basis);
            default:
                return null;
        }
    }

    private Figure? Component(string code, string region, Period period, Basis basis) =>
        Catalogue.Find(code) is { } component ? Of(component, region, period, basis) : null;

    /// <summary>A district's count, or the city's as the sum of its districts'.</summary>
    private Figure? Counted(Indicator indicator, string region, Period period, Basis basis)
    {
        var districts = region == Catalogue.CityCode ? Catalogue.Districts : [region];
        var total = 0m;
        var demo = false;
        foreach (var district in districts)
        {
            if (Derived.Of(indicator.Code, district, period, basis) is not { } value)
            {
                return null;
            }

            total += value.Value;
            demo |= value.IsDemo;
        }

        return districts.Count == 0 ? null : new Figure(total, FigureSource.Derived, null, demo);
    }

    private Figure? SumOfDistricts(Indicator indicator, Period period, Basis basis)
    {
        var districts = Catalogue.Districts;
        var total = 0m;
        var demo = false;
        foreach (var district in districts)
        {
            if (Book.Latest(new SeriesKey(indicator.Code, district, period, basis)) is not { } vintage)
            {
                return null;
            }

            total += vintage.Value;
            demo |= vintage.IsDemo;
        }

        return districts.Count == 0 ? null : new Figure(total, FigureSource.Recomputed, null, demo);
    }

    /// <summary>The periods a summary for <paramref name="period"/> needs: itself and the two years before (for growth of last year).</summary>
    public static IReadOnlyList<Period> PeriodsFor(Period period) =>
        [period, period.SamePeriodLastYear, period.SamePeriodLastYear.SamePeriodLastYear];

    /// <summary>The indicator and its components: what must be loaded to compute it.</summary>
    public static IReadOnlyList<string> CodesFor(Indicator indicator) => [indicator.Code, .. indicator.Components];
}
