using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.Tests.Support;

/// <summary>A small catalogue and the real region list, for rules and computations without a database.</summary>
public static class TestCatalogue
{
    public static readonly string[] Districts = ["wuxing", "nanxun", "deqing", "changxing", "anji", "nantaihu"];

    public static readonly string[] OtherCities = ["hangzhou", "ningbo", "wenzhou", "jiaxing", "shaoxing", "jinhua", "quzhou", "zhoushan", "taizhou", "lishui"];

    public static Indicator Level(string code = "manufacturing-investment") => new()
    {
        Code = code, NameZh = "制造业投资", NameEn = "Manufacturing investment", Unit = "亿元", Frequency = Frequency.Monthly,
        HigherIsBetter = true, Aggregation = Aggregation.Sum, PlausibleGrowthMin = -30m, PlausibleGrowthMax = 50m,
    };

    public static Indicator Growth() => new()
    {
        Code = "manufacturing-investment-growth", NameZh = "制造业投资同比增长", NameEn = "Manufacturing investment growth", Unit = "%",
        Frequency = Frequency.Monthly, HigherIsBetter = true, Aggregation = Aggregation.Growth, Components = ["manufacturing-investment"],
        PlausibleGrowthMin = -20m, PlausibleGrowthMax = 40m,
    };

    public static Indicator Share() => new()
    {
        Code = "manufacturing-investment-share", NameZh = "制造业投资占固投比重", NameEn = "Share", Unit = "%",
        Frequency = Frequency.Monthly, HigherIsBetter = true, Aggregation = Aggregation.Ratio, Components = ["manufacturing-investment", "fixed-asset-investment"],
    };

    public static Catalogue Build(params Indicator[] indicators)
    {
        var regions = new List<RegionInfo> { new("zhejiang", RegionKindInfo.Province, null, "浙江省"), new("huzhou", RegionKindInfo.City, "zhejiang", "湖州市") };
        regions.AddRange(OtherCities.Select(c => new RegionInfo(c, RegionKindInfo.City, "zhejiang", c)));
        regions.AddRange(Districts.Select(d => new RegionInfo(d, RegionKindInfo.District, "huzhou", d)));
        return new Catalogue(indicators.ToDictionary(i => i.Code), regions);
    }

    public static Observation Vintage(string indicator, string region, Period period, decimal value, Basis basis = Basis.Cumulative, int vintage = 1) => new()
    {
        IndicatorCode = indicator, RegionCode = region, Period = period, Basis = basis, Value = value, Vintage = vintage,
        SubmittedBy = "test", SubmittedAt = DateTimeOffset.UnixEpoch,
    };
}
