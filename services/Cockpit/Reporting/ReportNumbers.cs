using System.Globalization;

namespace IndustryPlatform.Cockpit.Reporting;

/// <summary>
/// Numbers as the bureau's reports write them: money in 亿元 (万元 from 10,000 on become 亿元), large counts in 万,
/// growth as 增长/下降 x%, differences of percentages in 个百分点, rank as 全省第N位.
/// </summary>
public static class ReportNumbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>One decimal at most, no trailing zero: 1673.9, 215, 7.3.</summary>
    public static string Plain(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("#,0.#", Invariant);

    public static string Amount(decimal? value, string unit)
    {
        if (value is not { } v)
        {
            return "—";
        }

        return unit switch
        {
            "万元" when Math.Abs(v) >= 10_000m => Plain(v / 10_000m) + "亿元",
            "%" => Plain(v) + "%",
            "亿元" or "万元" or "元" => Plain(v) + unit,
            _ => Count(v) + unit,
        };
    }

    /// <summary>A count: 9,800 as it is, 12,000 as 1.2万, 100,000,000 as 1亿.</summary>
    public static string Count(decimal value) => Math.Abs(value) switch
    {
        >= 100_000_000m => Plain(value / 100_000_000m) + "亿",
        >= 10_000m => Plain(value / 10_000m) + "万",
        _ => Plain(value),
    };

    public static string Growth(decimal? percent, Labels labels) => percent switch
    {
        null => "—",
        > 0 => labels[$"同比增长{Plain(percent.Value)}%", $"up {Plain(percent.Value)}% y/y"],
        < 0 => labels[$"同比下降{Plain(-percent.Value)}%", $"down {Plain(-percent.Value)}% y/y"],
        _ => labels["与上年持平", "level with last year"],
    };

    /// <summary>A difference between two percentages: 高于省均3.2个百分点 / 3.2 percentage points above the province.</summary>
    public static string GapToProvince(decimal? points, Labels labels) => points switch
    {
        null => "—",
        > 0 => labels[$"高于省均{Plain(points.Value)}个百分点", $"{Plain(points.Value)} pp above the province"],
        < 0 => labels[$"低于省均{Plain(-points.Value)}个百分点", $"{Plain(-points.Value)} pp below the province"],
        _ => labels["与省均持平", "level with the province"],
    };

    public static string PercentagePoints(decimal? points, Labels labels) => points switch
    {
        null => "—",
        >= 0 => labels[$"+{Plain(points.Value)}个百分点", $"+{Plain(points.Value)} pp"],
        _ => labels[$"{Plain(points.Value)}个百分点", $"{Plain(points.Value)} pp"],
    };

    public static string Rank(int? rank, Labels labels) =>
        rank is { } r ? labels[$"全省第{r}位", $"#{r} in Zhejiang"] : "—";

    public static string Completion(decimal? percent, Labels labels) =>
        percent is { } p ? labels[$"完成年度目标{Plain(p)}%", $"{Plain(p)}% of the year's target"] : "—";
}
