using System.Globalization;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>
/// The Indicators slice as the bureau uses it through the gateway: a district sends its month, and the city's summary,
/// its place among the province's cities and the bulletin all say so.
/// </summary>
public sealed class IndicatorFiguresThroughGateway(PlatformFixture platform)
{
    private const string Level = "manufacturing-investment";
    private const string Growth = "manufacturing-investment-growth";
    private const string Month = "2025-03";

    private static readonly string[] Districts = ["wuxing", "nanxun", "deqing", "changxing", "anji", "nantaihu"];

    [Fact]
    public async Task A_district_s_month_moves_the_city_s_summary_ranking_and_bulletin()
    {
        using var gateway = platform.CreateGatewayClient("city-bureau");

        // The province's published growth rates for the other cities, and the districts' first figures: 5% over the seeded 2024-03.
        var others = new Dictionary<string, decimal>
        {
            ["hangzhou"] = 8.0m, ["ningbo"] = 7.0m, ["jiaxing"] = 6.0m, ["wenzhou"] = 4.0m, ["shaoxing"] = 3.0m,
            ["jinhua"] = 2.0m, ["quzhou"] = 1.0m, ["zhoushan"] = -1.0m, ["taizhou"] = 0.5m, ["lishui"] = 1.5m, ["zhejiang"] = 4.0m,
        };
        var accepted = await gateway.SubmitAsync([.. others.Select(o => IndicatorRequests.Row(Growth, o.Key, Month, o.Value, "%"))]);
        Assert.Equal(11, (int?)accepted["accepted"]);

        var lastYear = new Dictionary<string, decimal>();
        foreach (var district in Districts)
        {
            var card = await gateway.GetJsonAsync($"/api/v1/indicators/{Level}/summary?region={district}&period=2024-03");
            lastYear[district] = (decimal)card["value"]!;
        }

        var first = await gateway.SubmitAsync([.. Districts.Select(d => IndicatorRequests.Row(Level, d, Month, Math.Round(lastYear[d] * 1.05m, 2), "亿元"))]);
        Assert.Equal(6, (int?)first["accepted"]);

        var before = await gateway.GetJsonAsync($"/api/v1/indicators/{Growth}/summary?region=huzhou&period={Month}");
        Assert.Equal(5.0m, Math.Round((decimal)before["value"]!, 1));
        Assert.Equal(4, (int?)before["rank"]);
        Assert.Equal("Recomputed", (string?)before["source"]);

        // Nanxun's own system sends a much larger figure: outside the plausible band, so it confirms it.
        using var nanxun = platform.CreateGatewayClient("district-nanxun");
        var held = await nanxun.SubmitAsync(IndicatorRequests.Row(Level, "nanxun", Month, Math.Round(lastYear["nanxun"] * 1.6m, 2), "亿元"));
        Assert.Equal("NeedsConfirmation", (string?)held["rows"]![0]!["outcome"]);
        var confirmed = await nanxun.SubmitAsync(IndicatorRequests.Row(Level, "nanxun", Month, Math.Round(lastYear["nanxun"] * 1.6m, 2), "亿元", confirmed: true));
        Assert.Equal(2, (int?)confirmed["rows"]![0]!["vintage"]);

        var after = await gateway.GetJsonAsync($"/api/v1/indicators/{Growth}/summary?region=huzhou&period={Month}");
        var growth = (decimal)after["value"]!;
        Assert.True(growth > 8.0m, $"the city's growth should now lead the province, got {growth}");
        Assert.Equal(1, (int?)after["rank"]);

        var ranking = await gateway.GetJsonAsync($"/api/v1/indicators/{Growth}/ranking?period={Month}");
        Assert.Equal("huzhou", (string?)ranking["rows"]![0]!["regionCode"]);
        Assert.Equal(11, ranking["rows"]!.AsArray().Count);

        var bulletin = await gateway.GetJsonAsync($"/api/v1/bulletin?region=huzhou&period={Month}");
        var text = (string)bulletin["text"]!;
        var rounded = Math.Round(growth, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
        var gap = Math.Round(growth - 4.0m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
        Assert.StartsWith("2025年1-3月,湖州市", text);
        Assert.Contains($"制造业投资同比增长{rounded}%、高于省均{gap}个百分点,全省第1位", text);
    }

    [Fact]
    public async Task The_2024_bulletin_through_the_gateway_reproduces_the_report_s_opening()
    {
        using var gateway = platform.CreateGatewayClient();

        var bulletin = await gateway.GetJsonAsync("/api/v1/bulletin?region=huzhou&period=2024");

        var text = (string)bulletin["text"]!;
        Assert.Contains("规上工业增加值同比增长7.3%", text);
        Assert.Contains("全部工业增加值对GDP增长的贡献率52.2%", text);
        Assert.Contains("制造业投资同比增长13.4%、高于省均10.1个百分点,全省第2位", text);
        Assert.Contains("制造业投资占固投比重33.9%,较去年同期增加3.2个百分点", text);
        Assert.True((bool)bulletin["containsDemoData"]!);
    }
}
