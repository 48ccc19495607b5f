using Microsoft.AspNetCore.Authorization;
using IndustryPlatform.BuildingBlocks.Security;
using Grpc.Core;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.UseCases;
using V1 = IndustryPlatform.Contracts.Indicators.V1;

namespace IndustryPlatform.Indicators.Grpc;

/// <summary>industry.indicators.v1.IndicatorFigures: translates messages and calls the use cases; errors are mapped by the domain-error interceptor.</summary>
public sealed class IndicatorFiguresService(
    ListIndicators list,
    SubmitObservations submit,
    ReadSummary summary,
    ReadRanking ranking,
    CompareDistricts districts,
    ReadSeries series,
    ReadVintages vintages,
    WriteBulletin bulletin,
    ExplainFigure explain,
    RequestFactsResync resync,
    CurrentCaller caller) : V1.IndicatorFigures.IndicatorFiguresBase
{
    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.ListIndicatorsResponse> ListIndicators(V1.ListIndicatorsRequest request, ServerCallContext context)
    {
        var response = new V1.ListIndicatorsResponse();
        response.Indicators.AddRange((await list.HandleAsync(context.CancellationToken)).Select(i => i.ToMessage()));
        return response;
    }

    [Authorize(PlatformRoles.Submit)]
    public override async Task<V1.BatchResult> SubmitObservations(V1.SubmitObservationsRequest request, ServerCallContext context)
    {
        var result = await submit.HandleAsync(caller.Submitter(), [.. request.Rows.Select(r => r.ToRow())], context.CancellationToken);
        return result.ToMessage();
    }

    [Authorize(PlatformRoles.Submit)]
    public override async Task<V1.BatchResult> LoadObservations(IAsyncStreamReader<V1.ObservationRow> requestStream, ServerCallContext context)
    {
        var submitter = caller.Submitter();
        var total = new V1.BatchResult();
        var chunk = new List<SubmittedRow>(UseCases.SubmitObservations.MaxRows);
        var offset = 0;

        async Task FlushAsync()
        {
            var result = (await submit.HandleAsync(submitter, chunk, context.CancellationToken, offset)).ToMessage();
            total.Accepted += result.Accepted;
            total.Rejected += result.Rejected;
            total.NeedsConfirmation += result.NeedsConfirmation;
            total.Unchanged += result.Unchanged;
            foreach (var row in result.Rows)
            {
                row.Row += offset;
                total.Rows.Add(row);
            }

            offset += chunk.Count;
            chunk.Clear();
        }

        await foreach (var row in requestStream.ReadAllAsync(context.CancellationToken))
        {
            chunk.Add(row.ToRow());
            if (chunk.Count == UseCases.SubmitObservations.MaxRows)
            {
                await FlushAsync();
            }
        }

        if (chunk.Count > 0 || offset == 0)
        {
            await FlushAsync();
        }

        return total;
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.IndicatorSummary> GetSummary(V1.GetSummaryRequest request, ServerCallContext context)
    {
        var result = await summary.HandleAsync(
            new SummaryQuery(request.IndicatorCode, request.RegionCode, request.Period, request.Basis, request.AsOf), context.CancellationToken);
        await context.WriteResponseHeadersAsync(new Metadata { { "x-cache", result.FromCache ? "hit" : "miss" } });
        return result.Summary.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.RankingTable> GetRanking(V1.GetRankingRequest request, ServerCallContext context)
    {
        var result = await ranking.HandleAsync(new RankingQuery(request.IndicatorCode, request.Period, request.Basis, request.AsOf), context.CancellationToken);
        return result.Table.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.DistrictComparison> CompareDistricts(V1.CompareDistrictsRequest request, ServerCallContext context)
    {
        var result = await districts.HandleAsync(new DistrictsQuery(request.IndicatorCode, request.Period, request.Basis, request.AsOf), context.CancellationToken);
        await context.WriteResponseHeadersAsync(new Metadata { { "x-cache", result.FromCache ? "hit" : "miss" } });
        return result.Comparison.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.Series> GetSeries(V1.GetSeriesRequest request, ServerCallContext context)
    {
        var result = await series.HandleAsync(
            new SeriesQuery(request.IndicatorCode, request.RegionCode, request.From, request.To, request.Basis, request.AsOf), context.CancellationToken);
        return result.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.ListVintagesResponse> ListVintages(V1.ListVintagesRequest request, ServerCallContext context)
    {
        var rows = await vintages.HandleAsync(new VintageQuery(request.IndicatorCode, request.RegionCode, request.Period, request.Basis), context.CancellationToken);
        var response = new V1.ListVintagesResponse();
        response.Vintages.AddRange(rows.Select(v => v.ToMessage()));
        return response;
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.Bulletin> GetBulletin(V1.GetBulletinRequest request, ServerCallContext context)
    {
        var result = await bulletin.HandleAsync(new BulletinQuery(request.RegionCode, request.Period), context.CancellationToken);
        return result.Bulletin.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.FigureExplanation> ExplainFigure(V1.ExplainFigureRequest request, ServerCallContext context)
    {
        var result = await explain.HandleAsync(new ExplainQuery(
            request.IndicatorCode, request.RegionCode, request.Period, request.Basis,
            request.Page == 0 ? null : request.Page, request.PageSize == 0 ? null : request.PageSize), context.CancellationToken);
        return result.ToMessage();
    }

    [Authorize(PlatformRoles.Admin)]
    public override async Task<V1.RequestFactsResyncResponse> RequestFactsResync(V1.RequestFactsResyncRequest request, ServerCallContext context)
    {
        var requested = await resync.HandleAsync(caller.Get().ClientId, context.CancellationToken);
        return new V1.RequestFactsResyncResponse { RequestedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(requested.RequestedAt) };
    }
}
