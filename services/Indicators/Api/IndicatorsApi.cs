using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.BuildingBlocks.Documentation;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.UseCases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.Api;

/// <summary>REST over the same use cases as gRPC: <c>api/v1/indicators</c> and <c>api/v1/bulletin</c>. Refusals become ProblemDetails.</summary>
public static class IndicatorsApi
{
    public const string CacheHeader = "X-Cache";

    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/indicators").WithTags("Indicators");
        api.MapGet("", ListAsync).RequireRole(PlatformRoles.Read).WithName("ListIndicators")
            .WithSummary("The indicator catalogue").WithDescription("Every indicator the platform collects, with its code, unit and bases.");
        api.MapPost("observations:batch", SubmitBatchAsync).RequireRole(PlatformRoles.Submit).WithName("SubmitObservations")
            .WithSummary("Submit a batch of monthly figures").WithDescription("Up to the batch limit of rows (indicator, region, period, basis, value, unit). Each row is accepted, revised or refused by a named rule; the answer lists the outcome per row. 400 when the batch as a whole is invalid.").ProducesProblems(400, 409);
        api.MapPost("observations:csv", SubmitCsvAsync).RequireRole(PlatformRoles.Submit).WithName("SubmitObservationsCsv")
            .WithSummary("Submit a batch of monthly figures as CSV").WithDescription("UTF-8, comma-separated, header indicator_code,region_code,period,basis,value,unit[,confirmed]. Same outcomes as the JSON batch.").Accepts<string>("text/csv").ProducesProblems(400, 409);
        api.MapGet("{indicatorCode}/series", SeriesAsync).RequireRole(PlatformRoles.Read).WithName("GetSeries")
            .WithSummary("An indicator's time series for a region").WithDescription("asOf gives the figures as they were known at that time (vintages).").ProducesProblems(400, 404);
        api.MapGet("{indicatorCode}/summary", SummaryAsync).RequireRole(PlatformRoles.Read).WithName("GetSummary")
            .WithSummary("An indicator's value, growth and light for a region and period").ProducesProblems(400, 404);
        api.MapGet("{indicatorCode}/ranking", RankingAsync).RequireRole(PlatformRoles.Read).WithName("GetRanking")
            .WithSummary("The 11 cities of the province ranked on an indicator for a period").ProducesProblems(400, 404);
        api.MapGet("{indicatorCode}/districts", DistrictsAsync).RequireRole(PlatformRoles.Read).WithName("CompareDistricts")
            .WithSummary("The city's six districts ranked on an indicator for a period, each against its own plan")
            .WithDescription("Each district's value and source, rank (higher or lower is better as the catalogue says; equal values share a rank), its own annual plan with completion and light where it has one, and for an additive indicator its share of the city. A rate or growth is recomputed from the district's own components. A district without a figure is listed unranked and named in unranked. 404 indicator.city-only for an indicator held for the city only. period as yyyy, yyyy-Qn or yyyy-MM; basis cumulative (default) or monthly; asOf for the figures as known then (never cached).")
            .ProducesProblems(400, 404);
        api.MapGet("{indicatorCode}/vintages", VintagesAsync).RequireRole(PlatformRoles.Read).WithName("ListVintages")
            .WithSummary("Every revision of a figure").ProducesProblems(400, 404);
        api.MapGet("{indicatorCode}/figures/{region}/{period}/explain", ExplainAsync).RequireRole(PlatformRoles.Read).WithName("ExplainFigure")
            .WithSummary("How a figure was made").WithDescription("For a figure derived from the registries: the records it counted (project id or credit code, name, district, the date or status that made it count), paged. For a recomputed rate or total: the component figures per district. For a reported one: who sent which vintage when. basis as elsewhere (cumulative by default).").ProducesProblems(400, 404);
        api.MapPost("facts/resync", ResyncAsync).RequireRole(PlatformRoles.Admin).WithName("RequestFactsResync")
            .WithSummary("Ask the registries to publish every fact again").WithDescription("Publishes FactsResyncRequested; Projects and Enterprises answer by republishing the current state of every project, tier record and listing. Versions make it safe at any time. Indicators does the same at every start.");
        app.MapGet("api/v1/bulletin", BulletinAsync).WithTags("Bulletin").RequireRole(PlatformRoles.Read).WithName("GetBulletin")
            .WithSummary("The monthly bulletin (月报)").WithDescription("The headline indicators of a region (the city by default) for a period, as published.").ProducesProblems(400, 404);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<Indicator>>> ListAsync(ListIndicators list, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(cancellationToken));

    public static async Task<Ok<BatchResult>> SubmitBatchAsync(
        ObservationBatchBody body, CurrentCaller caller, SubmitObservations submit, CancellationToken cancellationToken)
    {
        var rows = (body.Rows ?? []).Select(r => r.ToRow()).ToList();
        return TypedResults.Ok(await submit.HandleAsync(caller.Submitter(), rows, cancellationToken));
    }

    public static async Task<Ok<BatchResult>> SubmitCsvAsync(
        HttpRequest request, CurrentCaller caller, SubmitObservations submit, CancellationToken cancellationToken)
    {
        var rows = await CsvRows.ReadAsync(request.Body, cancellationToken);
        return TypedResults.Ok(await submit.HandleAsync(caller.Submitter(), rows, cancellationToken));
    }

    public static async Task<Ok<Series>> SeriesAsync(
        string indicatorCode, string? region, string? from, string? to, string? basis, string? asOf, ReadSeries read, CancellationToken cancellationToken) =>
        TypedResults.Ok(await read.HandleAsync(new SeriesQuery(indicatorCode, region, from, to, basis, asOf), cancellationToken));

    public static async Task<Ok<IndicatorSummary>> SummaryAsync(
        string indicatorCode, string? region, string? period, string? basis, string? asOf, ReadSummary read, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await read.HandleAsync(new SummaryQuery(indicatorCode, region, period, basis, asOf), cancellationToken);
        response.Headers[CacheHeader] = result.FromCache ? "hit" : "miss";
        return TypedResults.Ok(result.Summary);
    }

    public static async Task<Ok<RankingTable>> RankingAsync(
        string indicatorCode, string? period, string? basis, string? asOf, ReadRanking read, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await read.HandleAsync(new RankingQuery(indicatorCode, period, basis, asOf), cancellationToken);
        response.Headers[CacheHeader] = result.FromCache ? "hit" : "miss";
        return TypedResults.Ok(result.Table);
    }

    public static async Task<Ok<DistrictComparison>> DistrictsAsync(
        string indicatorCode, string? period, string? basis, string? asOf, CompareDistricts compare, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await compare.HandleAsync(new DistrictsQuery(indicatorCode, period, basis, asOf), cancellationToken);
        response.Headers[CacheHeader] = result.FromCache ? "hit" : "miss";
        return TypedResults.Ok(result.Comparison);
    }

    public static async Task<Ok<IReadOnlyList<VintageRow>>> VintagesAsync(
        string indicatorCode, string? region, string? period, string? basis, ReadVintages read, CancellationToken cancellationToken) =>
        TypedResults.Ok(await read.HandleAsync(new VintageQuery(indicatorCode, region, period, basis), cancellationToken));

    public static async Task<Ok<FigureExplanation>> ExplainAsync(
        string indicatorCode, string region, string period, string? basis, int? page, int? pageSize, ExplainFigure explain, CancellationToken cancellationToken) =>
        TypedResults.Ok(await explain.HandleAsync(new ExplainQuery(indicatorCode, region, period, basis, page, pageSize), cancellationToken));

    public static async Task<Accepted<FactsResyncRequested>> ResyncAsync(CurrentCaller caller, RequestFactsResync resync, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, await resync.HandleAsync(caller.Get().ClientId, cancellationToken));

    public static async Task<Ok<Bulletin>> BulletinAsync(
        string? region, string? period, WriteBulletin write, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await write.HandleAsync(new BulletinQuery(region ?? Catalogue.CityCode, period), cancellationToken);
        response.Headers[CacheHeader] = result.FromCache ? "hit" : "miss";
        return TypedResults.Ok(result.Bulletin);
    }
}
