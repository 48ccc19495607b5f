using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.BuildingBlocks.Documentation;
using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>REST for the tier ladder: <c>api/v1/tiers</c> — catalogue, candidates (培育库), certify, revoke, yearly run, pyramid.</summary>
public static class TiersApi
{
    public static RouteGroupBuilder MapTiersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/tiers").WithTags("Tiers");
        api.MapGet("", (TierCatalogue catalogue) => TypedResults.Ok(catalogue)).RequireRole(PlatformRoles.Read).WithName("ListTiers")
            .WithSummary("The tier catalogue").WithDescription("The tiers of the enterprise ladder and the thresholds each one asks for.");
        api.MapGet("records", ListAsync).RequireRole(PlatformRoles.Read).WithName("ListTierRecords")
            .WithSummary("Tier records").WithDescription("Candidates, certifications, expiries and revocations, filtered by year, tier, district, status or credit code.").ProducesProblems(400);
        api.MapGet("candidates", ListCandidatesAsync).RequireRole(PlatformRoles.Read).WithName("ListTierCandidates")
            .WithSummary("The cultivation pool (培育库)").WithDescription("Candidates not yet certified, expired or revoked.").ProducesProblems(400);
        api.MapPost("candidates", ProposeAsync).RequireRole(PlatformRoles.Certify).WithName("ProposeTierCandidate")
            .WithSummary("Propose an enterprise as a tier candidate").ProducesProblems(400, 404, 409);
        api.MapPost("certify", CertifyAsync).RequireRole(PlatformRoles.Certify).WithName("CertifyTier")
            .WithSummary("Certify a candidate in its tier").ProducesProblems(400, 404, 409);
        api.MapPost("revoke", RevokeAsync).RequireRole(PlatformRoles.Certify).WithName("RevokeTier")
            .WithSummary("Revoke a tier certification").ProducesProblems(400, 404, 409);
        api.MapPost("candidate-runs", RunAsync).RequireRole(PlatformRoles.Admin).WithName("RunYearlyCandidates")
            .WithSummary("Run the yearly candidate selection").WithDescription("Evaluates every active enterprise for the year and proposes the eligible ones.").ProducesProblems(400);
        api.MapGet("pyramid", PyramidAsync).RequireRole(PlatformRoles.Read).WithName("GetPyramid")
            .WithSummary("The tier pyramid for a year").WithDescription("How many enterprises hold each tier, by district, and how many are listed (上市: new this year and cumulative, by exchange and district). X-Cache tells hit or miss.").ProducesProblems(400);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<TierRecordEntry>>> ListAsync(
        ListTierRecords list, CancellationToken cancellationToken,
        int? year = null, string? tier = null, string? district = null, string? status = null, string? creditCode = null) =>
        TypedResults.Ok(await list.HandleAsync(new TierRecordFilter(year, tier, district, status, creditCode), cancellationToken));

    /// <summary>The live cultivation pool: candidates not yet certified, expired or revoked.</summary>
    public static async Task<Ok<IReadOnlyList<TierRecordEntry>>> ListCandidatesAsync(
        ListTierRecords list, CancellationToken cancellationToken,
        int? year = null, string? tier = null, string? district = null, string? creditCode = null) =>
        TypedResults.Ok(await list.HandleAsync(new TierRecordFilter(year, tier, district, nameof(TierStatus.Candidate), creditCode), cancellationToken));

    public static async Task<Created<TierRecordEntry>> ProposeAsync(
        ProposeCandidateBody body, ProposeTierCandidate propose, CancellationToken cancellationToken)
    {
        var entry = await propose.HandleAsync(
            new ProposeTierCandidateCommand(body.CreditCode, body.TierCode, Year(body.Year), body.ProposedBy), cancellationToken);
        return TypedResults.Created($"/api/v1/tiers/records?creditCode={entry.CreditCode}&tier={entry.TierCode}&year={entry.Year}", entry);
    }

    public static async Task<Ok<TierRecordEntry>> CertifyAsync(CertifyBody body, CertifyTier certify, CancellationToken cancellationToken)
    {
        var key = new TierRecordKey(body.CreditCode, body.TierCode, Year(body.Year));
        return TypedResults.Ok(await certify.HandleAsync(new CertifyTierCommand(key, IsoDate.Optional(body.CertifiedOn, "certified_on")), cancellationToken));
    }

    public static async Task<Ok<TierRecordEntry>> RevokeAsync(RevokeBody body, RevokeTier revoke, CancellationToken cancellationToken)
    {
        var key = new TierRecordKey(body.CreditCode, body.TierCode, Year(body.Year));
        return TypedResults.Ok(await revoke.HandleAsync(new RevokeTierCommand(key, body.Reason), cancellationToken));
    }

    public static async Task<Ok<CandidateRunResult>> RunAsync(CandidateRunBody body, RunYearlyCandidates run, CancellationToken cancellationToken) =>
        TypedResults.Ok(await run.HandleAsync(Year(body.Year), cancellationToken));

    public static async Task<Ok<Pyramid>> PyramidAsync(int year, GetPyramid get, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await get.HandleAsync(year, cancellationToken);
        response.Headers[EnterprisesApi.CacheHeader] = result.FromCache ? "hit" : "miss";
        return TypedResults.Ok(result.Pyramid);
    }

    private static int Year(int? year) =>
        year ?? throw new InvalidInputException([new("year", RuleCodes.Year.Required, "The year is required.")]);
}
