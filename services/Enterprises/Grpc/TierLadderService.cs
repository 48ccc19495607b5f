using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Grpc.Core;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Enterprises.UseCases;
using Catalogue = IndustryPlatform.Enterprises.Domain.TierCatalogue;

namespace IndustryPlatform.Enterprises.Grpc;

/// <summary>industry.enterprises.v1.TierLadder: the cultivation pool, certifications and the pyramid.</summary>
public sealed class TierLadderService(
    Catalogue catalogue, ProposeTierCandidate propose, CertifyTier certify, RevokeTier revoke, ListTierRecords listRecords, RunYearlyCandidates runCandidates, GetPyramid pyramid) : TierLadder.TierLadderBase
{
    [Authorize(PlatformRoles.Read)]
    public override Task<TierCatalogue> ListTiers(ListTiersRequest request, ServerCallContext context) =>
        Task.FromResult(catalogue.ToMessage());

    [Authorize(PlatformRoles.Certify)]
    public override async Task<TierRecord> ProposeCandidate(ProposeCandidateRequest request, ServerCallContext context)
    {
        var key = request.Record.ToKey();
        var entry = await propose.HandleAsync(
            new ProposeTierCandidateCommand(key.CreditCode, key.TierCode, key.Year, request.ProposedBy), context.CancellationToken);
        return entry.ToMessage();
    }

    [Authorize(PlatformRoles.Certify)]
    public override async Task<TierRecord> CertifyTier(CertifyTierRequest request, ServerCallContext context)
    {
        var command = new CertifyTierCommand(request.Record.ToKey(), IsoDate.Optional(request.CertifiedOn, "certified_on"));
        return (await certify.HandleAsync(command, context.CancellationToken)).ToMessage();
    }

    [Authorize(PlatformRoles.Certify)]
    public override async Task<TierRecord> RevokeTier(RevokeTierRequest request, ServerCallContext context)
    {
        var command = new RevokeTierCommand(request.Record.ToKey(), request.Reason);
        return (await revoke.HandleAsync(command, context.CancellationToken)).ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<TierRecordList> ListTierRecords(ListTierRecordsRequest request, ServerCallContext context)
    {
        var filter = new TierRecordFilter(request.Year == 0 ? null : request.Year, request.TierCode, request.DistrictCode, request.Status, request.CreditCode);
        var records = await listRecords.HandleAsync(filter, context.CancellationToken);
        var list = new TierRecordList();
        list.Records.AddRange(records.Select(r => r.ToMessage()));
        return list;
    }

    [Authorize(PlatformRoles.Admin)]
    public override async Task<CandidateRun> RunYearlyCandidates(RunYearlyCandidatesRequest request, ServerCallContext context)
    {
        var result = await runCandidates.HandleAsync(request.Year, context.CancellationToken);
        var run = new CandidateRun { Year = result.Year, EnterprisesEvaluated = result.EnterprisesEvaluated };
        run.Proposed.AddRange(result.Proposed.Select(r => r.ToMessage()));
        return run;
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<Contracts.Enterprises.V1.Pyramid> GetPyramid(GetPyramidRequest request, ServerCallContext context)
    {
        var result = await pyramid.HandleAsync(request.Year, context.CancellationToken);
        await context.WriteResponseHeadersAsync(new Metadata { { "x-cache", result.FromCache ? "hit" : "miss" } });
        return result.Pyramid.ToMessage();
    }
}
