using System.Text.Json;
using System.Text.Json.Serialization;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Derived;

namespace IndustryPlatform.Indicators.Tests.Support;

/// <summary>The seeds/ files read straight into the domain, as the seeder would store them.</summary>
public static class SeedData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "seeds", file);

    private static T Read<T>(string file) => JsonSerializer.Deserialize<T>(File.ReadAllText(PathOf(file)), Json)!;

    public static Catalogue Catalogue()
    {
        var position = 0;
        var indicators = Read<CatalogueFile>("indicator-catalogue.json").Indicators.Select(s => new Indicator
        {
            Code = s.Code, NameZh = s.NameZh, NameEn = s.NameEn, Unit = s.Unit, Frequency = s.Frequency, HigherIsBetter = s.HigherIsBetter,
            Aggregation = s.Aggregation, Components = [.. s.Components ?? []], Derived = s.Derived, CityOnly = s.CityOnly, Position = ++position,
        });
        var regions = Read<RegionsFile>("regions.json").Regions.Select(r => new RegionInfo(r.Code, Enum.Parse<RegionKindInfo>(r.Kind), r.Parent, r.NameZh));
        return new Catalogue(indicators.ToDictionary(i => i.Code), [.. regions]);
    }

    public static ObservationBook History() => new(Read<HistoryFile>("indicator-history.json").Observations.Select(o =>
    {
        Period.TryParse(o.Period, out var period);
        return new Observation
        {
            IndicatorCode = o.Indicator, RegionCode = o.Region, Period = period, Basis = o.Basis, Value = o.Value, Vintage = 1,
            SubmittedBy = "seed:demo", SubmittedAt = DateTimeOffset.UnixEpoch, IsDemo = true,
        };
    }));

    public static Dictionary<string, decimal> Targets(string region, int year) =>
        PlanTargets().Where(t => t.Region == region && t.Year == year && t.Chain is null).ToDictionary(t => t.Indicator, t => t.Value);

    public static IReadOnlyList<TargetSeed> PlanTargets() => Read<TargetsFile>("plan.json").Targets;

    private sealed record CatalogueFile(List<IndicatorSeed> Indicators);

    private sealed record IndicatorSeed(string Code, string NameZh, string NameEn, string Unit, Frequency Frequency, bool HigherIsBetter, Aggregation Aggregation, List<string>? Components, DerivedFigure? Derived, bool CityOnly = false);

    private sealed record RegionsFile(List<RegionSeed> Regions);

    private sealed record RegionSeed(string Code, string Kind, string? Parent, string NameZh);

    private sealed record HistoryFile(List<HistorySeed> Observations);

    private sealed record HistorySeed(string Indicator, string Region, string Period, Basis Basis, decimal Value);

    private sealed record TargetsFile(List<TargetSeed> Targets);

    public sealed record TargetSeed(string Indicator, string Region, string? Chain, int Year, decimal Value);
}
