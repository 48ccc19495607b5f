using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Grpc.Core;
using Grpc.Net.Client;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Contracts.Indicators.V1;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Tests.Support;
using IndustryPlatform.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IndustryPlatform.Indicators.Tests.Support.Json;

namespace IndustryPlatform.Indicators.Tests.Integration;

/// <summary>
/// Derived figures counted from the registries' facts as they arrive over the real broker: the highest version of each
/// record wins whatever the order and however often it is delivered; each test counts in years of its own.
/// </summary>
[Collection(IndicatorsServiceCollection.Name)]
public sealed class DerivedFromFacts(IndicatorsService service)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    private IBus Bus => service.Services.GetRequiredService<IBus>();

    [Fact]
    public async Task An_upsert_keeps_the_highest_version_and_ignores_an_older_or_equal_one()
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
        var project = Guid.NewGuid();
        var tier = Guid.NewGuid();

        Assert.Equal(1, await db.UpsertProjectsAsync([Facts.Project(project, 2, "anji", filed: new DateOnly(2011, 5, 1))], _cancellation));
        Assert.Equal(0, await db.UpsertProjectsAsync([Facts.Project(project, 1, "deqing", filed: new DateOnly(2011, 4, 1))], _cancellation));
        Assert.Equal(0, await db.UpsertProjectsAsync([Facts.Project(project, 2, "deqing", filed: new DateOnly(2011, 4, 1))], _cancellation));
        Assert.Equal(1, await db.UpsertProjectsAsync(
            [Facts.Project(project, 4, "wuxing", filed: new DateOnly(2011, 6, 1)), Facts.Project(project, 3, "nanxun"), Facts.Project(project, 4, "wuxing", filed: new DateOnly(2011, 6, 1))],
            _cancellation));
        Assert.Equal(1, await db.UpsertTiersAsync([Facts.Tier(tier, 3, "anji", "eagle", 2011, "Revoked"), Facts.Tier(tier, 1, "anji", "eagle", 2011)], _cancellation));
        Assert.Equal(0, await db.UpsertTiersAsync([Facts.Tier(tier, 2, "anji", "eagle", 2011)], _cancellation));
        Assert.Equal(1, await db.UpsertListingsAsync([Facts.Listing("TESTLISTING0000001", 1, "anji", new DateOnly(2011, 1, 1), active: false)], _cancellation));
        Assert.Equal(0, await db.UpsertListingsAsync([Facts.Listing("TESTLISTING0000001", 1, "anji", null)], _cancellation));

        var kept = await db.ProjectFacts.AsNoTracking().SingleAsync(p => p.ProjectId == project, _cancellation);
        Assert.Equal((4, "wuxing", new DateOnly(2011, 6, 1)), (kept.Version, kept.DistrictCode, kept.FiledOn));
        Assert.Equal(new DateOnly(2011, 9, 1), kept.PlannedStartOn);
        Assert.Equal("Revoked", (await db.TierFacts.AsNoTracking().SingleAsync(t => t.TierRecordId == tier, _cancellation)).Status);
        Assert.NotNull((await db.ListingFacts.AsNoTracking().SingleAsync(l => l.CreditCode == "TESTLISTING0000001", _cancellation)).ListedOn);
    }

    [Fact]
    public async Task Projects_count_in_their_district_and_month_year_to_date_and_for_the_city_however_they_are_delivered()
    {
        var (p1, p2, p3, p4, p5) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var filed = new DateOnly(2012, 1, 15);
        var duplicate = NewId.NextGuid();
        var p1Started = Facts.Project(p1, 2, "deqing", filed, started: new DateOnly(2012, 3, 10));
        await Bus.Publish(p1Started, c => c.MessageId = duplicate, _cancellation);
        await Bus.Publish(p1Started, c => c.MessageId = duplicate, _cancellation);
        await Bus.Publish(Facts.Project(p1, 2, "deqing", filed, started: new DateOnly(2012, 3, 10)), _cancellation);
        // Newer first, older after: the older one changes nothing.
        await Bus.Publish(Facts.Project(p2, 3, "deqing", filed, started: new DateOnly(2012, 4, 5)), _cancellation);
        await WaitForAsync(async () => await FigureAsync("major-projects-started", "deqing", "2012-04", "monthly") == 1m);
        await Bus.Publish(Facts.Project(p2, 2, "anji", filed, started: new DateOnly(2012, 2, 1)), _cancellation);
        await Bus.Publish(Facts.Project(p3, 1, "anji", filed, started: new DateOnly(2012, 4, 20)), _cancellation);
        await Bus.Publish(Facts.Project(p4, 1, "anji", filed, started: new DateOnly(2012, 4, 21), major: false), _cancellation);
        await Bus.Publish(Facts.Project(p5, 1, "anji", filed, started: new DateOnly(2012, 4, 22), withdrawn: true), _cancellation);

        await WaitForAsync(async () => await FigureAsync("major-projects-started", "huzhou", "2012-12", "cumulative") == 3m);
        await Task.Delay(500, _cancellation);

        Assert.Equal(1m, await FigureAsync("major-projects-started", "deqing", "2012-04", "monthly"));
        Assert.Equal(2m, await FigureAsync("major-projects-started", "deqing", "2012-04", "cumulative"));
        Assert.Equal(0m, await FigureAsync("major-projects-started", "deqing", "2012-02", "monthly"));
        Assert.Equal(1m, await FigureAsync("major-projects-started", "anji", "2012-04", "monthly"));
        Assert.Equal(2m, await FigureAsync("major-projects-started", "huzhou", "2012-04", "monthly"));
        Assert.Equal(3m, await FigureAsync("major-projects-started", "huzhou", "2012-04", "cumulative"));
        Assert.Equal(3m, await FigureAsync("major-projects-filed", "huzhou", "2012", "cumulative"));
        using var city = service.CreateClient("city-bureau");
        var summary = await (await city.GetAsync("/api/v1/indicators/major-projects-started/summary?region=huzhou&period=2012-04", _cancellation)).ReadJsonAsync();
        Assert.Equal("Derived", (string?)summary["source"]);
        Assert.False((bool)summary["isDemo"]!);
    }

    [Fact]
    public async Task A_revoked_tier_record_a_replanned_project_and_a_withdrawn_one_move_the_figures()
    {
        var tier = Guid.NewGuid();
        var project = Guid.NewGuid();
        await Bus.Publish(Facts.Tier(tier, 1, "anji", "golden-bull", 2013), _cancellation);
        await Bus.Publish(Facts.Project(project, 1, "nanxun", new DateOnly(2013, 9, 1), plannedStart: new DateOnly(2014, 6, 1), provincial: true), _cancellation);
        await WaitForAsync(async () => await FigureAsync("new-golden-elephant-bull", "huzhou", "2013") == 1m
            && await FigureAsync("provincial-major-list-projects", "huzhou", "2014") == 1m);
        Assert.Equal(1m, await FigureAsync("new-golden-elephant-bull", "anji", "2013"));

        await Bus.Publish(Facts.Tier(tier, 2, "anji", "golden-bull", 2013, "Revoked"), _cancellation);
        await Bus.Publish(Facts.Project(project, 2, "nanxun", new DateOnly(2013, 9, 1), plannedStart: new DateOnly(2015, 2, 1), provincial: true), _cancellation);
        await WaitForAsync(async () => await FigureAsync("new-golden-elephant-bull", "huzhou", "2013") == 0m
            && await FigureAsync("provincial-major-list-projects", "huzhou", "2014") == 0m);
        Assert.Equal(1m, await FigureAsync("provincial-major-list-projects", "huzhou", "2015"));
        Assert.Equal(0m, await FigureAsync("provincial-major-list-start-rate", "huzhou", "2015"));

        await Bus.Publish(Facts.Project(project, 3, "nanxun", new DateOnly(2013, 9, 1), started: new DateOnly(2015, 3, 1), plannedStart: new DateOnly(2015, 2, 1), provincial: true), _cancellation);
        await WaitForAsync(async () => await FigureAsync("provincial-major-list-start-rate", "huzhou", "2015") == 100m);

        await Bus.Publish(Facts.Project(project, 4, "nanxun", new DateOnly(2013, 9, 1), started: new DateOnly(2015, 3, 1), plannedStart: new DateOnly(2015, 2, 1), provincial: true, withdrawn: true), _cancellation);
        await WaitForAsync(async () => await FigureAsync("provincial-major-list-projects", "huzhou", "2015") == 0m);
    }

    [Fact]
    public async Task Totals_count_what_still_stands_at_the_period_s_end()
    {
        await Bus.Publish(Facts.Tier(Guid.NewGuid(), 1, "wuxing", "eagle", 2016, certified: new DateOnly(2016, 5, 1), validUntil: new DateOnly(2019, 12, 31)), _cancellation);
        await Bus.Publish(Facts.Tier(Guid.NewGuid(), 1, "deqing", "eagle", 2017, certified: new DateOnly(2017, 3, 1)), _cancellation);
        await Bus.Publish(Facts.Tier(Guid.NewGuid(), 2, "deqing", "eagle", 2017, "Revoked", certified: new DateOnly(2017, 3, 1)), _cancellation);
        await Bus.Publish(Facts.Listing("TESTLISTING0000016", 1, "wuxing", new DateOnly(2016, 7, 1)), _cancellation);
        await Bus.Publish(Facts.Listing("TESTLISTING0000017", 1, "anji", new DateOnly(2017, 1, 5), active: false), _cancellation);

        await WaitForAsync(async () => await FigureAsync("eagle-enterprises-total", "huzhou", "2017") == 2m
            && await FigureAsync("new-listed-enterprises", "huzhou", "2017") == 1m);
        Assert.Equal(1m, await FigureAsync("eagle-enterprises-total", "huzhou", "2016"));
        Assert.Equal(1m, await FigureAsync("eagle-enterprises-total", "huzhou", "2020"));
        Assert.Equal(1m, await FigureAsync("new-eagle-enterprises", "huzhou", "2017"));
        Assert.Equal(1m, await FigureAsync("listed-enterprises-total", "huzhou", "2017"));
    }

    [Fact]
    public async Task Explain_names_the_records_of_a_derived_figure_the_components_of_a_recomputed_one_and_the_vintages_of_a_reported_one()
    {
        var (r1, r2) = (Guid.NewGuid(), Guid.NewGuid());
        await Bus.Publish(Facts.Project(r1, 1, "wuxing", new DateOnly(2018, 2, 1)), _cancellation);
        await Bus.Publish(Facts.Project(r2, 1, "wuxing", new DateOnly(2018, 3, 1), demo: true), _cancellation);
        await WaitForAsync(async () => await FigureAsync("major-projects-filed", "huzhou", "2018") == 2m);
        using var city = service.CreateClient("city-bureau");
        using var wuxing = service.CreateClient("wuxing");
        using var typed = await wuxing.SubmitAsync(Row("manufacturing-investment", "wuxing", "2018-01", 12.5m, "亿元"));
        Assert.Equal("Accepted", (await typed.ReadJsonAsync()).Outcome(0));

        var derived = await ExplainAsync(city, "major-projects-filed/figures/huzhou/2018/explain?pageSize=1&page=2");
        Assert.Equal(("Derived", 2m, true), ((string?)derived["source"], (decimal)derived["value"]!, (bool)derived["isDemo"]!));
        Assert.Equal(2, (int)derived["records"]!["total"]!);
        var record = Assert.Single(derived["records"]!["items"]!.AsArray())!;
        Assert.Equal((r2.ToString(), "wuxing", "2018-03-01"), ((string?)record["recordId"], (string?)record["districtCode"], (string?)record["countedOn"]));
        Assert.Equal("projects", (string?)derived["derived"]!["facts"], ignoreCase: true);

        var recomputed = await ExplainAsync(city, "major-chain-projects-share/figures/huzhou/2018/explain");
        Assert.Equal(("Recomputed", 100m), ((string?)recomputed["source"], (decimal)recomputed["value"]!));
        var components = recomputed["components"]!.AsArray();
        Assert.Equal(14, components.Count);
        Assert.Contains(components, c => (string?)c!["indicatorCode"] == "major-chain-projects-filed" && (string?)c["regionCode"] == "wuxing" && (decimal?)c["value"] == 2m && (string?)c["source"] == "Derived");

        var reported = await ExplainAsync(wuxing, "manufacturing-investment/figures/wuxing/2018-01/explain");
        Assert.Equal("Reported", (string?)reported["source"]);
        Assert.Equal("district-wuxing", (string?)Assert.Single(reported["vintages"]!.AsArray())!["submittedBy"]);

        using var channel = GrpcChannel.ForAddress(service.GrpcAddress);
        var grpc = new IndicatorFigures.IndicatorFiguresClient(channel);
        var overGrpc = await grpc.ExplainFigureAsync(
            new ExplainFigureRequest { IndicatorCode = "major-projects-filed", RegionCode = "wuxing", Period = "2018" }, Authorization(TestTokens.City), cancellationToken: _cancellation);
        Assert.Equal(("Derived", 2, 2), (overGrpc.Source, overGrpc.TotalRecords, overGrpc.Records.Count));
        Assert.Equal(r1.ToString(), overGrpc.Records[0].RecordId);
        using var missing = await city.GetAsync("/api/v1/indicators/manufacturing-investment/figures/anji/2018-01/explain", _cancellation);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var bulletin = await (await city.GetAsync("/api/v1/bulletin?region=huzhou&period=2018", _cancellation)).ReadJsonAsync();
        string? SourceOf(string code) => (string?)bulletin["items"]!.AsArray().Single(i => (string?)i!["summary"]!["indicatorCode"] == code)!["source"];
        Assert.Equal("Derived", SourceOf("major-projects-filed"));
        Assert.Equal("Recomputed", SourceOf("major-chain-projects-share"));
    }

    [Fact]
    public async Task A_derived_figure_typed_in_is_refused_by_its_rule_over_rest_and_grpc_but_another_city_s_is_kept_for_ranks()
    {
        using var city = service.CreateClient("city-bureau");
        using var rest = await city.SubmitAsync(
            Row("major-projects-filed", "wuxing", "2019", 3m, "个"),
            Row("major-projects-filed", "huzhou", "2019", 3m, "个"),
            Row("major-projects-filed", "hangzhou", "2019", 30m, "个"));
        var batch = await rest.ReadJsonAsync();
        Assert.Equal(("Rejected", "indicator.counted-from-events"), (batch.Outcome(0), batch.Rule(0)));
        Assert.Equal(("Rejected", "indicator.counted-from-events"), (batch.Outcome(1), batch.Rule(1)));
        Assert.Equal("Accepted", batch.Outcome(2));

        using var channel = GrpcChannel.ForAddress(service.GrpcAddress);
        var grpc = new IndicatorFigures.IndicatorFiguresClient(channel);
        var request = new SubmitObservationsRequest();
        request.Rows.Add(new ObservationRow { IndicatorCode = "major-projects-started", RegionCode = "anji", Period = "2019-03", Basis = "monthly", Value = 1, Unit = "个" });
        var result = await grpc.SubmitObservationsAsync(request, Authorization(TestTokens.City), cancellationToken: _cancellation);
        Assert.Equal(("Rejected", "indicator.counted-from-events"), (result.Rows[0].Outcome, result.Rows[0].Findings[0].Rule));
    }

    [Fact]
    public async Task The_registries_are_asked_for_every_fact_at_start_and_by_an_admin_only()
    {
        using var city = service.CreateClient("city-bureau");
        using var district = service.CreateClient("anji");

        using var asked = await city.PostAsync("/api/v1/indicators/facts/resync", null, _cancellation);
        using var refused = await district.PostAsync("/api/v1/indicators/facts/resync", null, _cancellation);

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("role.missing", (string?)(await refused.ReadJsonAsync())["rule"]);
        // One at start, once the bus was up, and the one asked for.
        await WaitForAsync(async () =>
        {
            await using var scope = service.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
            return await db.Set<OutboxMessage>().AsNoTracking().CountAsync(m => m.MessageType.Contains(nameof(FactsResyncRequested)), _cancellation) >= 2;
        });
        using var channel = GrpcChannel.ForAddress(service.GrpcAddress);
        var overGrpc = new IndicatorFigures.IndicatorFiguresClient(channel);
        var denied = await Assert.ThrowsAsync<RpcException>(() => overGrpc.RequestFactsResyncAsync(new RequestFactsResyncRequest(), Authorization(TestTokens.District("anji")), cancellationToken: _cancellation).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }

    private static Metadata Authorization(TestClient client) => new() { { "authorization", $"Bearer {TestTokens.Create(client)}" } };

    private async Task<JsonNode> ExplainAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync($"/api/v1/indicators/{path}", _cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private async Task<decimal?> FigureAsync(string indicator, string region, string period, string basis = "cumulative")
    {
        using var client = service.CreateClient("city-bureau");
        using var response = await client.GetAsync($"/api/v1/indicators/{indicator}/summary?region={region}&period={period}&basis={basis}", _cancellation);
        return response.StatusCode == HttpStatusCode.NotFound ? null : (await response.Content.ReadFromJsonAsync<SummaryValue>(_cancellation))!.Value;
    }

    private async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                await using var scope = service.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
                var tiers = await db.TierFacts.AsNoTracking().Select(t => $"{t.TierCode}/{t.Year}/{t.Status}/v{t.Version}").ToListAsync(_cancellation);
                var projects = await db.ProjectFacts.AsNoTracking().Select(p => $"{p.DistrictCode}/{p.PlannedStartOn}/{p.StartedOn}/v{p.Version}").ToListAsync(_cancellation);
                throw new TimeoutException($"The facts did not reach the figures in time. Tiers: {string.Join("; ", tiers)}. Projects: {string.Join("; ", projects)}. Faults: {string.Join(" | ", service.Consumed.Faults.Distinct())}");
            }

            await Task.Delay(200, _cancellation);
        }
    }

    private sealed record SummaryValue(decimal Value);
}
