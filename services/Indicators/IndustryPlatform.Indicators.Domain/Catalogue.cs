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
    public IReadOnlyList<string> Districts => Regions.Where(r => r.Kind == RegionKindInfo.District && r.ParentCode == CityCode).Select(r => r.Code).ToList();

    /// <summary>The province's 11 prefecture cities, ranked against each other.</summary>
    public IReadOnlyList<string> Cities => Regions.Where(r => r.Kind == RegionKindInfo.City).Select(r => r.Code).ToList();

    public IEnumerable<Indicator> CountedFrom(string source) =>
        Indicators.Values.Where(i => i.CountedFrom is { } c && c.Split(':')[0] == source);
}

public enum RegionKindInfo
{
    Province,
    City,
    District,
}

public sealed record RegionInfo(string Code, RegionKindInfo Kind, string? ParentCode, string NameZh);
