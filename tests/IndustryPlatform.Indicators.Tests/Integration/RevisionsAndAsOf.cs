using System.Net;
using IndustryPlatform.Indicators.Events;
using IndustryPlatform.Indicators.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static IndustryPlatform.Indicators.Tests.Support.Json;

namespace IndustryPlatform.Indicators.Tests.Integration;

/// <summary>Every version is kept; reads give the latest, or the one known on a date; hot reads are cached until the period changes.</summary>
[Collection(IndicatorsServiceCollection.Name)]
public sealed class RevisionsAndAsOf(IndicatorsService service)
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_revision_is_a_new_vintage_and_an_as_of_read_gives_the_figure_known_then()
    {
        using var city = service.CreateClient("city-bureau");
        using var first = await city.SubmitAsync(Row("burden-reduction", "huzhou", "2025-01", 20m, "亿元"));
        Assert.Equal("Accepted", (await first.ReadJsonAsync()).Outcome(0));
        await Task.Delay(50, _cancellation);
        var between = DateTimeOffset.UtcNow;
        await Task.Delay(50, _cancellation);

        using var revised = await city.SubmitAsync(Row("burden-reduction", "huzhou", "2025-01", 21.4m, "亿元"));
        var revision = await revised.ReadJsonAsync();
        Assert.Equal("Accepted", revision.Outcome(0));
        Assert.Equal(2, (int?)revision["rows"]![0]!["vintage"]);

        var latest = await SummaryValueAsync(city, "");
        var asKnown = await SummaryValueAsync(city, $"&asOf={Uri.EscapeDataString(between.ToString("O"))}");
        Assert.Equal(21.4m, latest);
        Assert.Equal(20m, asKnown);

        using var vintages = await city.GetAsync("/api/v1/indicators/burden-reduction/vintages?region=huzhou&period=2025-01", _cancellation);
        var versions = (await vintages.ReadJsonAsync()).AsArray();
        Assert.Equal([20m, 21.4m], versions.Select(v => (decimal)v!["value"]!));
        Assert.All(versions, v => Assert.Equal("city-bureau", (string?)v!["submittedBy"]));

        using var again = await city.SubmitAsync(Row("burden-reduction", "huzhou", "2025-01", 21.4m, "亿元"));
        Assert.Equal("Unchanged", (await again.ReadJsonAsync()).Outcome(0));
    }

    [Fact]
    public async Task A_revision_is_announced_on_the_bus_with_both_values_and_who_sent_it()
    {
        var revisions = new TaskCompletionSource<ObservationRevised>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listener = service.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint($"indicators-it-revisions-{Guid.NewGuid():N}", endpoint =>
            endpoint.Handler<ObservationRevised>(context =>
            {
                if (context.Message.IndicatorCode == "operating-revenue" && context.Message.Period == "2021-05")
                {
                    revisions.TrySetResult(context.Message);
                }

                return Task.CompletedTask;
            }));
        await listener.Ready.WaitAsync(TimeSpan.FromSeconds(30), _cancellation);
        try
        {
            using var city = service.CreateClient("city-bureau");
            await city.SubmitAsync(Row("operating-revenue", "deqing", "2021-05", 40m, "亿元", confirmed: true));
            await city.SubmitAsync(Row("operating-revenue", "deqing", "2021-05", 41.5m, "亿元", confirmed: true));

            var revised = await revisions.Task.WaitAsync(TimeSpan.FromSeconds(30), _cancellation);

            Assert.Equal((40m, 41.5m, 2, "city-bureau", "deqing"), (revised.PreviousValue, revised.Value, revised.Vintage, revised.RevisedBy, revised.RegionCode));
        }
        finally
        {
            await listener.StopAsync(_cancellation);
        }
    }

    [Fact]
    public async Task A_summary_is_cached_and_dropped_when_its_period_changes()
    {
        using var city = service.CreateClient("city-bureau");
        const string path = "/api/v1/indicators/fixed-asset-investment/summary?region=nanxun&period=2025-03";
        await city.SubmitAsync(Row("fixed-asset-investment", "nanxun", "2025-03", 60m, "亿元", confirmed: true));

        using var miss = await city.GetAsync(path, _cancellation);
        using var hit = await city.GetAsync(path, _cancellation);
        await city.SubmitAsync(Row("fixed-asset-investment", "nanxun", "2025-03", 61m, "亿元", confirmed: true));
        using var afterChange = await city.GetAsync(path, _cancellation);

        Assert.Equal("miss", miss.Headers.GetValues("X-Cache").Single());
        Assert.Equal("hit", hit.Headers.GetValues("X-Cache").Single());
        Assert.Equal("miss", afterChange.Headers.GetValues("X-Cache").Single());
        Assert.Equal(61m, (decimal)(await afterChange.ReadJsonAsync())["value"]!);
    }

    [Fact]
    public async Task A_city_figure_the_districts_do_not_add_up_to_is_stored_with_its_warning()
    {
        using var city = service.CreateClient("city-bureau");

        // A period of its own: rewriting the seeded 2024 city figure would change what the bulletin test reads.
        string[] districts = ["wuxing", "nanxun", "deqing", "changxing", "anji", "nantaihu"];
        using var districtRows = await city.SubmitAsync(
            districts.Select(d => Row("manufacturing-investment", d, "2022-03", 10m, "亿元", confirmed: true)).ToArray());
        var districtBatch = await districtRows.ReadJsonAsync();
        Assert.True(Enumerable.Range(0, districts.Length).All(i => districtBatch.Outcome(i) == "Accepted"), districtBatch.ToJsonString());

        using var response = await city.SubmitAsync(Row("manufacturing-investment", "huzhou", "2022-03", 66m, "亿元", confirmed: true));

        var batch = await response.ReadJsonAsync();
        Assert.Equal("Accepted", batch.Outcome(0));
        Assert.Equal("districts.not-reconciling", batch.Rule(0));
    }

    [Fact]
    public async Task The_seeded_2024_bulletin_says_what_the_report_says()
    {
        using var city = service.CreateClient("city-bureau");

        using var response = await city.GetAsync("/api/v1/bulletin?region=huzhou&period=2024", _cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bulletin = await response.ReadJsonAsync();
        var text = (string)bulletin["text"]!;
        Assert.StartsWith("2024年,湖州市", text);
        Assert.Contains("制造业投资同比增长13.4%、高于省均10.1个百分点,全省第2位", text);
        // Typed for the city, where a reader would take it for the districts' sum: marked as reported.
        Assert.Contains("累计减轻企业负担242.3亿元（报送）,实现年度计划的121.2%", text);
        var burden = bulletin["items"]!.AsArray().Single(i => (string?)i!["summary"]!["indicatorCode"] == "burden-reduction")!;
        Assert.Equal("Reported", (string?)burden["source"]);
        Assert.True((bool)bulletin["containsDemoData"]!);
    }

    private async Task<decimal> SummaryValueAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/indicators/burden-reduction/summary?region=huzhou&period=2025-01{query}", _cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (decimal)(await response.ReadJsonAsync())["value"]!;
    }
}
