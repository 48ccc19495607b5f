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
            Row("manufacturing-investment", "beijing", "2025-01", 12.5m, "亿元"),
            Row("manufacturing-investment", "wuxing", "2025-02", 5m, "亿元"),
            Row("industrial-value-added", "wuxing", "2025-01", 100m, "亿元"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var batch = await response.ReadJsonAsync();
        Assert.Equal("Accepted", batch.Outcome(0));
        Assert.Equal(1, (int?)batch["rows"]![0]!["vintage"]);
        Assert.Equal(("Rejected", "unit.mismatch"), (batch.Outcome(1), batch.Rule(1)));
        Assert.Equal(("Rejected", "period.in-future"), (batch.Outcome(2), batch.Rule(2)));
        Assert.Equal(("Rejected", "region.unknown"), (batch.Outcome(3), batch.Rule(3)));
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

        await call.RequestStream.WriteAsync(new ObservationRow { IndicatorCode = "digital-core-manufacturing-va", RegionCode = "changxing", Period = "2025-01", Value = 1, Unit = "万元" }, _cancellation);
        await call.RequestStream.CompleteAsync();
        var result = await call;

        Assert.Equal(3, result.Accepted);
        Assert.Equal(1, result.Rejected);
        Assert.Equal("unit.mismatch", result.Rows[3].Findings[0].Rule);
        Assert.Equal(3, result.Rows[3].Row);
    }

    [Fact]
    public async Task A_district_writing_another_districts_figures_is_refused_whole_in_every_transport_and_nothing_is_stored()
    {
        var deqing = TestTokens.District("deqing");
        using var rest = service.CreateClient("deqing");
        var foreign = Row("upgrade-investment", "anji", "2025-03", 2.5m, "亿元");
        var own = Row("upgrade-investment", "deqing", "2025-03", 2.5m, "亿元");

        using var json = await rest.SubmitAsync(own, foreign);
        using var csv = await rest.PostAsync("/api/v1/indicators/observations:csv", new StringContent(
            "indicator_code,region_code,period,basis,value,unit\nupgrade-investment,deqing,2025-03,cumulative,2.5,亿元\nupgrade-investment,anji,2025-03,cumulative,2.5,亿元\n",
            Encoding.UTF8, "text/csv"), _cancellation);
        using var channel = GrpcChannel.ForAddress(service.GrpcAddress);
        var grpc = new IndicatorFigures.IndicatorFiguresClient(channel);
        var authorization = new Metadata { { "authorization", $"Bearer {TestTokens.Create(deqing)}" } };
        var unary = new SubmitObservationsRequest();
        unary.Rows.Add(new ObservationRow { IndicatorCode = "upgrade-investment", RegionCode = "deqing", Period = "2025-03", Basis = "cumulative", Value = 2.5, Unit = "亿元" });
        unary.Rows.Add(new ObservationRow { IndicatorCode = "upgrade-investment", RegionCode = "anji", Period = "2025-03", Basis = "cumulative", Value = 2.5, Unit = "亿元" });
        var unaryRefused = await Assert.ThrowsAsync<RpcException>(() => grpc.SubmitObservationsAsync(unary, authorization, cancellationToken: _cancellation).ResponseAsync);
        using var stream = grpc.LoadObservations(authorization, cancellationToken: _cancellation);
        foreach (var row in unary.Rows)
        {
            await stream.RequestStream.WriteAsync(row, _cancellation);
        }

        await stream.RequestStream.CompleteAsync();
        var streamRefused = await Assert.ThrowsAsync<RpcException>(() => stream.ResponseAsync);

        foreach (var refused in new[] { json, csv })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("region.not-yours", (string?)(await refused.ReadJsonAsync())["rule"]);
        }

        foreach (var refused in new[] { unaryRefused, streamRefused })
        {
            Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
            Assert.Equal("region.not-yours", refused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
            Assert.Contains("deqing", refused.Status.Detail);
        }

        using var stored = await rest.GetAsync("/api/v1/indicators/upgrade-investment/vintages?region=deqing&period=2025-03", _cancellation);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }
}
