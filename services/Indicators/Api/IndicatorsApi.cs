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
    public const string ClientIdHeader = "X-Client-Id";
    public const string CacheHeader = "X-Cache";

    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/indicators").WithTags("Indicators");
        api.MapGet("", ListAsync).WithName("ListIndicators");
        api.MapPost("observations:batch", SubmitBatchAsync).WithName("SubmitObservations");
        api.MapPost("observations:csv", SubmitCsvAsync).WithName("SubmitObservationsCsv");
        api.MapGet("{indicatorCode}/series", SeriesAsync).WithName("GetSeries");
        api.MapGet("{indicatorCode}/summary", SummaryAsync).WithName("GetSummary");
        api.MapGet("{indicatorCode}/ranking", RankingAsync).WithName("GetRanking");
        api.MapGet("{indicatorCode}/vintages", VintagesAsync).WithName("ListVintages");
        app.MapGet("api/v1/bulletin", BulletinAsync).WithTags("Bulletin").WithName("GetBulletin");
        return app;
    }

    public static async Task<Ok<List<Indicator>>> ListAsync(IndicatorsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Indicators.AsNoTracking().OrderBy(i => i.Position).ToListAsync(cancellationToken));

    public static async Task<Ok<BatchResult>> SubmitBatchAsync(
        ObservationBatchBody body, [FromHeader(Name = ClientIdHeader)] string? clientId, SubmitObservations submit, CancellationToken cancellationToken)
    {
        var rows = (body.Rows ?? []).Select(r => r.ToRow()).ToList();
        return TypedResults.Ok(await submit.HandleAsync(SubmitterOf(clientId), rows, cancellationToken));
    }

    public static async Task<Ok<BatchResult>> SubmitCsvAsync(
        HttpRequest request, [FromHeader(Name = ClientIdHeader)] string? clientId, SubmitObservations submit, CancellationToken cancellationToken)
    {
        var rows = await CsvRows.ReadAsync(request.Body, cancellationToken);
        return TypedResults.Ok(await submit.HandleAsync(SubmitterOf(clientId), rows, cancellationToken));
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

    public static async Task<Ok<IReadOnlyList<VintageRow>>> VintagesAsync(
        string indicatorCode, string? region, string? period, string? basis, ReadVintages read, CancellationToken cancellationToken) =>
        TypedResults.Ok(await read.HandleAsync(new VintageQuery(indicatorCode, region, period, basis), cancellationToken));

    public static async Task<Ok<Bulletin>> BulletinAsync(
        string? region, string? period, WriteBulletin write, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await write.HandleAsync(new BulletinQuery(region ?? Catalogue.CityCode, period), cancellationToken);
        response.Headers[CacheHeader] = result.FromCache ? "hit" : "miss";
        return TypedResults.Ok(result.Bulletin);
    }

    private static Submitter SubmitterOf(string? clientId) => new(string.IsNullOrWhiteSpace(clientId) ? Submitter.Anonymous : clientId.Trim());
}
