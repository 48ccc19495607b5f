using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IndustryPlatform.Testing;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>上市情况 as a district system records and finds it, through the gateway.</summary>
public sealed class ListingStatusThroughGateway(PlatformFixture platform)
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_listed_enterprise_is_registered_read_back_and_found_by_the_listed_filter()
    {
        using var gateway = platform.CreateGatewayClient("district-anji");
        var code = TestCreditCodes.NewValid();
        var ticker = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        using var registered = await gateway.PostAsJsonAsync("/api/v1/enterprises",
            Registration(code, new { listed = true, exchange = "overseas", stockCode = ticker, listedOn = "2021-06-18" }), _cancellation);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        using var read = await gateway.GetAsync($"/api/v1/enterprises/{code}", _cancellation);
        var listing = (await read.ReadJsonAsync())["listing"]!;
        Assert.Equal((true, "overseas", ticker, "2021-06-18"),
            ((bool)listing["listed"]!, (string?)listing["exchange"], (string?)listing["stockCode"], (string?)listing["listedOn"]));

        var listedCodes = await CodesAsync(gateway, "listed=true&district=anji");
        var unlistedCodes = await CodesAsync(gateway, "listed=false&district=anji");
        Assert.Contains(code, listedCodes);
        Assert.DoesNotContain(code, unlistedCodes);
    }

    [Fact]
    public async Task A_listing_in_the_future_is_a_400_naming_the_field_and_nothing_is_stored()
    {
        using var gateway = platform.CreateGatewayClient("district-anji");
        var code = TestCreditCodes.NewValid();

        using var refused = await gateway.PostAsJsonAsync("/api/v1/enterprises",
            Registration(code, new { listed = true, exchange = "overseas", stockCode = "TFUTURE1", listedOn = "2999-01-01" }), _cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var fields = (await refused.ReadJsonAsync())["errors"]!.AsArray().Select(e => ((string?)e!["field"], (string?)e["rule"])).ToList();
        Assert.Contains(("listing.listedOn", "listed-on.in-future"), fields);
        using var read = await gateway.GetAsync($"/api/v1/enterprises/{code}", _cancellation);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    private static object Registration(string creditCode, object listing) => new
    {
        creditCode,
        nameZh = "湖州测试上市股份有限公司",
        districtCode = "anji",
        industryCode = "C3841",
        chainCode = "nev",
        foundedOn = "2008-03-01",
        listing,
    };

    private async Task<List<string?>> CodesAsync(HttpClient gateway, string query)
    {
        var codes = new List<string?>();
        for (var page = 1; ; page++)
        {
            var result = await gateway.GetFromJsonAsync<JsonObject>($"/api/v1/enterprises?{query}&pageSize=100&page={page}", _cancellation);
            var items = result!["items"]!.AsArray();
            codes.AddRange(items.Select(i => (string?)i!["creditCode"]));
            if (items.Count < 100)
            {
                return codes;
            }
        }
    }
}
