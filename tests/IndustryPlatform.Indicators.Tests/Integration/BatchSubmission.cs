using IndustryPlatform.Testing;
using System.Net;
using System.Text;
using Grpc.Core;
using Grpc.Net.Client;
using IndustryPlatform.Contracts.Indicators.V1;
using IndustryPlatform.Indicators.Tests.Support;
using static IndustryPlatform.Indicators.Tests.Support.Json;

namespace IndustryPlatform.Indicators.Tests.Integration;

/// <summary>A district's batch: each row accepted, refused or held with its own named reason; only good rows are stored.</summary>
[Collection(IndicatorsServiceCollection.Name)]
public sealed class BatchSubmission(IndicatorsService service)
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_batch_with_good_and_bad_rows_stores_the_good_and_names_the_rule_for_each_bad_one()
    {
        using var wuxing = service.CreateClient("wuxing");

        using var response = await wuxing.SubmitAsync(
            Row("manufacturing-investment", "wuxing", "2025-01", 12.5m, "亿元"),
            Row("manufacturing-investment", "wuxing", "2025-01", 12.5m, "万元"),
            Row("manufacturing-investment", "wuxing", "2099-01", 12.5m, "亿元"),
            Row("manufacturing-investment", "anji", "2025-01", 12.5m, "亿元"),
            Row("manufacturing-investment", "wuxing", "2025-02", 5m, "亿元"),
            Row("industrial-value-added", "wuxing", "2025-01", 100m, "亿元"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var batch = await response.ReadJsonAsync();
        Assert.Equal("Accepted", batch.Outcome(0));
        Assert.Equal(1, (int?)batch["rows"]![0]!["vintage"]);
        Assert.Equal(("Rejected", "unit.mismatch"), (batch.Outcome(1), batch.Rule(1)));
        Assert.Equal(("Rejected", "period.in-future"), (batch.Outcome(2), batch.Rule(2)));
        Assert.Equal(("Rejected", "region.not-yours"), (batch.Outcome(3), batch.Rule(3)));
        Assert.Equal(("Rejected", "cumulative.falling-within-year"), (batch.Outcome(4), batch.Rule(4)));
        Assert.Equal(("NeedsConfirmation", "growth.outside-plausible-band"), (batch.Outcome(5), batch.Rule(5)));
        Assert.Equal(1, (int?)batch["accepted"]);
        Assert.Equal(4, (int?)batch["rejected"]);
        Assert.Equal(1, (int?)batch["needsConfirmation"]);

        using var stored = await wuxing.GetAsync("/api/v1/indicators/manufacturing-investment/vintages?region=wuxing&period=2025-01", _cancellation);
        var vintages = (await stored.ReadJsonAsync()).AsArray();
        Assert.Equal("district-wuxing", (string?)Assert.Single(vintages)!["submittedBy"]);
        using var refused = await wuxing.GetAsync("/api/v1/indicators/manufacturing-investment/vintages?region=wuxing&period=2025-02", _cancellation);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using var held = await wuxing.GetAsync("/api/v1/indicators/industrial-value-added/vintages?region=wuxing&period=2025-01", _cancellation);
        Assert.Equal(HttpStatusCode.NotFound, held.StatusCode);

        using var confirmed = await wuxing.SubmitAsync(Row("industrial-value-added", "wuxing", "2025-01", 100m, "亿元", confirmed: true));
        var second = await confirmed.ReadJsonAsync();
        Assert.Equal("Accepted", second.Outcome(0));
        Assert.Equal("growth.outside-plausible-band", second.Rule(0));
    }

    [Fact]
    public async Task An_empty_batch_is_a_problem_naming_the_rows()
    {
        using var city = service.CreateClient("city-bureau");

        using var response = await city.SubmitAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("batch.size", (string?)problem["errors"]![0]!["rule"]);
    }

    [Fact]
    public async Task A_csv_batch_goes_through_the_same_rules()
    {
        using var nanxun = service.CreateClient("nanxun");
        var csv = "indicator_code,region_code,period,basis,value,unit\n"
            + "upgrade-investment,nanxun,2025-01,cumulative,3.9,亿元\n"
            + "upgrade-investment,nanxun,2025-02,cumulative,not-a-number,亿元\n";

        using var response = await nanxun.PostAsync("/api/v1/indicators/observations:csv", new StringContent(csv, Encoding.UTF8, "text/csv"), _cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var batch = await response.ReadJsonAsync();
        Assert.Equal("Accepted", batch.Outcome(0));
        Assert.Equal(("Rejected", "value.required"), (batch.Outcome(1), batch.Rule(1)));
    }

    [Fact]
    public async Task A_bulk_load_streamed_over_grpc_answers_for_every_row()
    {
        using var channel = GrpcChannel.ForAddress(service.GrpcAddress);
        var client = new IndicatorFigures.IndicatorFiguresClient(channel);

        using var call = client.LoadObservations(new Metadata { { "authorization", $"Bearer {TestTokens.Create(TestTokens.District("changxing"))}" } }, cancellationToken: _cancellation);
        foreach (var month in new[] { 1, 2, 3 })
        {
            await call.RequestStream.WriteAsync(new ObservationRow
            {
                IndicatorCode = "digital-core-manufacturing-va", RegionCode = "changxing", Period = $"2025-{month:D2}",
                Basis = "cumulative", Value = 4.0 * month, Unit = "亿元",
            }, _cancellation);
        }

        await call.RequestStream.WriteAsync(new ObservationRow { IndicatorCode = "digital-core-manufacturing-va", RegionCode = "deqing", Period = "2025-01", Value = 1, Unit = "亿元" }, _cancellation);
        await call.RequestStream.CompleteAsync();
        var result = await call;

        Assert.Equal(3, result.Accepted);
        Assert.Equal(1, result.Rejected);
        Assert.Equal("region.not-yours", result.Rows[3].Findings[0].Rule);
        Assert.Equal(3, result.Rows[3].Row);
    }
}
