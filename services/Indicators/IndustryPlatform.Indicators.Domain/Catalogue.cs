using IndustryPlatform.Indicators.Domain.Derived;

namespace IndustryPlatform.Indicators.Domain;

/// <summary>The indicators and regions the rules need: loaded once per request from the database.</summary>
public sealed class Catalogue(IReadOnlyDictionary<string, Indicator> indicators, IReadOnlyList<RegionInfo> regions)
{
    public const string ProvinceCode = "zhejiang";
    public const string CityCode = "huzhou";

    public IReadOnlyDictionary<string, Indicator> Indicators { get; } = indicators;

    public IReadOnlyList<RegionInfo> Regions { get; } = regions;

    public Indicator? Find(string? code) => code is null ? null : Indicators.GetValueOrDefault(code);

    public RegionInfo? Region(string? code) => Regions.FirstOrDefault(r => r.Code == code);

    /// <summary>The city's six districts (区县).</summary>
    public IReadOnlyList<string> Districts => field ??= [.. Regions.Where(r => r.Kind == RegionKindInfo.District && r.ParentCode == CityCode).Select(r => r.Code)];

    /// <summary>The province's 11 prefecture cities, ranked against each other.</summary>
    public IReadOnlyList<string> Cities => Regions.Where(r => r.Kind == RegionKindInfo.City).Select(r => r.Code).ToList();

    /// <summary>
    /// Whether the city's and its districts' figures of <paramref name="indicator"/> come from the registries' records:
    /// it is derived, or a ratio or growth of derived indicators only. Such a figure is never typed in for them.
    /// </summary>
    public bool IsDerived(Indicator indicator) =>
        indicator.Derived is not null
        || indicator.Aggregation is Aggregation.Ratio or Aggregation.Growth
            && indicator.Components.Count > 0 && indicator.Components.All(c => Find(c)?.Derived is not null);

    /// <summary>Whether a region's figures are ones the registries count: the city and its districts (other cities' are reported).</summary>
    public bool IsCountedFromFacts(string regionCode) => regionCode == CityCode || Districts.Contains(regionCode);

    /// <summary>The kinds of facts an indicator's figures are counted from, through its components.</summary>
    public IReadOnlyCollection<FactKind> FactsBehind(Indicator indicator)
    {
        var kinds = new HashSet<FactKind>();
        foreach (var code in (IEnumerable<string>)[indicator.Code, .. indicator.Components])
        {
            if (Find(code)?.Derived is { } derived)
            {
                kinds.Add(derived.Facts);
            }
        }

        return kinds;
    }
}

public enum RegionKindInfo
{
    Province,
    City,
    District,
}

public sealed record RegionInfo(string Code, RegionKindInfo Kind, string? ParentCode, string NameZh);
