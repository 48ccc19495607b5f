using System.Net;
using IndustryPlatform.Indicators.Tests.Support;
using static IndustryPlatform.Indicators.Tests.Support.Json;

namespace IndustryPlatform.Indicators.Tests.Integration;

/// <summary>The six districts side by side as PostgreSQL and Redis answer: a district's rate is its own, recomputed, never summed.</summary>
[Collection(IndicatorsServiceCollection.Name)]
public sealed class DistrictComparison(IndicatorsService service)
{
    private const string Level = "traditional-manufacturing-profit";
    private const string Growth = "traditional-manufacturing-profit-growth";

    private static readonly string[] Districts = ["wuxing", "nanxun", "deqing", "changxing", "anji", "nantaihu"];

    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_district_growth_rate_is_recomputed_from_its_own_levels_and_the_city_s_is_not_their_sum()
    {
        using var city = service.CreateClient("city-bureau");
        // Years no other test reads. Small districts grow fast, large ones slowly: the rates' sum says nothing of the city.
        decimal[] lastYear = [40m, 10m, 20m, 50m, 8m, 12m];
        decimal[] thisYear = [42m, 15m, 21m, 49m, 12m, 12m];
        using var stored = await city.SubmitAsync([
            .. Districts.Select((d, i) => Row(Level, d, "2010-06", lastYear[i], "亿元", confirmed: true)),
            .. Districts.Select((d, i) => Row(Level, d, "2011-06", thisYear[i], "亿元", confirmed: true))]);
        Assert.Equal(12, (int?)(await stored.ReadJsonAsync())["accepted"]);

        using var response = await city.GetAsync($"/api/v1/indicators/{Growth}/districts?period=2011-06", _cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var comparison = await response.ReadJsonAsync();
        var rows = comparison["districts"]!.AsArray();
        var expected = Districts.Select((d, i) => (District: d, Rate: Math.Round((thisYear[i] - lastYear[i]) / lastYear[i] * 100m, 4))).ToList();
        Assert.Equal(
            expected.OrderByDescending(e => e.Rate).ThenBy(e => e.District, StringComparer.Ordinal).Select(e => (e.District, e.Rate)),
            rows.Select(r => ((string)r!["regionCode"]!, (decimal)r["value"]!)));
        // anji and nanxun +50%, deqing and wuxing +5%: each pair shares a rank; then nantaihu 0%, changxing −2%.
        Assert.Equal([1, 1, 3, 3, 5, 6], rows.Select(r => (int)r!["rank"]!));
        Assert.All(rows, r => Assert.Equal("Recomputed", (string?)r!["source"]));
        Assert.All(rows, r => Assert.Null(r!["shareOfCity"]));

        var cityRate = (decimal)comparison["city"]!;
        Assert.Equal(Math.Round((thisYear.Sum() - lastYear.Sum()) / lastYear.Sum() * 100m, 4), cityRate);
        Assert.NotEqual(expected.Sum(e => e.Rate), cityRate);
        Assert.Empty(comparison["unranked"]!.AsArray());

        using var levels = await city.GetAsync($"/api/v1/indicators/{Level}/districts?period=2011-06", _cancellation);
        var shares = (await levels.ReadJsonAsync())["districts"]!.AsArray().Select(r => (decimal)r!["shareOfCity"]!).ToList();
        Assert.Equal(100m, Math.Round(shares.Sum(), 2));
    }

    [Fact]
    public async Task The_comparison_is_cached_and_an_as_of_read_never_is()
    {
        using var city = service.CreateClient("wuxing");
        const string path = "/api/v1/indicators/manufacturing-investment/districts?period=2024-12";

        using var first = await city.GetAsync(path, _cancellation);
        using var second = await city.GetAsync(path, _cancellation);
        using var asOf = await city.GetAsync(path + "&asOf=2025-06-30", _cancellation);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("hit", second.Headers.GetValues("X-Cache").Single());
        Assert.Equal("miss", asOf.Headers.GetValues("X-Cache").Single());
        Assert.Equal((await second.ReadJsonAsync()).ToJsonString(), (await asOf.ReadJsonAsync()).ToJsonString());
    }

    [Theory]
    [InlineData("stable-production-rewarded-enterprises", "2024", HttpStatusCode.NotFound, "indicator.city-only")]
    [InlineData("no-such-indicator", "2024", HttpStatusCode.NotFound, "indicator.unknown")]
    [InlineData("manufacturing-investment", "2024-13", HttpStatusCode.BadRequest, "period.invalid")]
    public async Task A_comparison_that_cannot_be_made_names_its_rule(string indicator, string period, HttpStatusCode status, string rule)
    {
        using var city = service.CreateClient("city-bureau");

        using var response = await city.GetAsync($"/api/v1/indicators/{indicator}/districts?period={period}", _cancellation);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains($"\"{rule}\"", await response.Content.ReadAsStringAsync(_cancellation));
    }
}
