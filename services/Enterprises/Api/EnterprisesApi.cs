using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.BuildingBlocks.Documentation;
using IndustryPlatform.Enterprises.UseCases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>REST over the same use cases as gRPC: <c>api/v1/enterprises</c>. Refusals become ProblemDetails via the domain-error handler.</summary>
public static class EnterprisesApi
{
    public const string CacheHeader = "X-Cache";

    public static RouteGroupBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/enterprises").WithTags("Enterprises");
        api.MapPost("", RegisterAsync).RequireRole(PlatformRoles.Submit).WithName("RegisterEnterprise")
            .WithSummary("Register an enterprise").WithDescription("Registers an enterprise under its unified social credit code (统一社会信用代码). 409 when the code is already registered.").ProducesProblems(400, 409);
        api.MapGet("{creditCode}", GetAsync).RequireRole(PlatformRoles.Read).WithName("GetEnterprise")
            .WithSummary("Read one enterprise by credit code").WithDescription("The header X-Cache tells whether the answer came from the cache (hit) or the registry (miss).").ProducesProblems(400, 404);
        api.MapPut("{creditCode}", ChangeAsync).RequireRole(PlatformRoles.Submit).WithName("ChangeEnterprise")
            .WithSummary("Change an enterprise's registered details").WithDescription("Send the version you read as expectedVersion; 409 when someone changed the enterprise since.").ProducesProblems(400, 404, 409);
        api.MapGet("", SearchAsync).RequireRole(PlatformRoles.Read).WithName("SearchEnterprises")
            .WithSummary("Search enterprises").WithDescription("Filter by district, industry chain, tier, above-scale status, listing status (listed=true|false) or name; paged.").ProducesProblems(400);
        api.MapPost("{creditCode}/deactivate", DeactivateAsync).RequireRole(PlatformRoles.Admin).WithName("DeactivateEnterprise")
            .WithSummary("Deactivate an enterprise").WithDescription("Marks the enterprise inactive with a reason; its history stays. 409 on a stale expectedVersion.").ProducesProblems(400, 404, 409);
        api.MapGet("{creditCode}/history", HistoryAsync).RequireRole(PlatformRoles.Read).WithName("GetEnterpriseHistory")
            .WithSummary("The change history of an enterprise").ProducesProblems(400, 404);
        api.MapPut("{creditCode}/figures/{year:int}", RecordFiguresAsync).RequireRole(PlatformRoles.Submit).WithName("RecordYearlyFigures")
            .WithSummary("Record an enterprise's figures for a year").WithDescription("Output, revenue and the other yearly figures that decide above-scale status (规上) and tier eligibility.").ProducesProblems(400, 404, 409);
        api.MapGet("{creditCode}/figures/{year:int}", GetFiguresAsync).RequireRole(PlatformRoles.Read).WithName("GetYearlyFigures")
            .WithSummary("An enterprise's figures for one year").ProducesProblems(400, 404);
        api.MapGet("{creditCode}/figures", ListFiguresAsync).RequireRole(PlatformRoles.Read).WithName("ListYearlyFigures")
            .WithSummary("An enterprise's figures, every recorded year").ProducesProblems(400, 404);
        api.MapGet("{creditCode}/evaluations/{year:int}", EvaluateAsync).RequireRole(PlatformRoles.Read).WithName("EvaluateEnterprise")
            .WithSummary("Evaluate an enterprise against the tier ladder for a year").ProducesProblems(400, 404);
        return api;
    }

    public static async Task<Ok<EnterprisePage>> SearchAsync(
        SearchEnterprises search, CancellationToken cancellationToken,
        string? district = null, string? chain = null, string? tier = null, bool? aboveScale = null, int? aboveScaleYear = null,
        string? name = null, bool includeInactive = false, int page = 1, int pageSize = 20, bool? listed = null)
    {
        var result = await search.HandleAsync(
            new EnterpriseSearch(district, chain, tier, aboveScale, aboveScaleYear, name, includeInactive, page, pageSize, listed), cancellationToken);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<RegistryEntry>> DeactivateAsync(
        string creditCode, DeactivationBody body, DeactivateEnterprise deactivate, CancellationToken cancellationToken) =>
        TypedResults.Ok(await deactivate.HandleAsync(new DeactivateEnterpriseCommand(creditCode, body.ExpectedVersion ?? 0, body.Reason), cancellationToken));

    public static async Task<Ok<IReadOnlyList<Domain.EnterpriseHistoryEntry>>> HistoryAsync(
        string creditCode, GetEnterpriseHistory history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.HandleAsync(creditCode, cancellationToken));

    public static async Task<Ok<FiguresEntry>> RecordFiguresAsync(
        string creditCode, int year, FiguresBody body, RecordYearlyFigures record, CancellationToken cancellationToken) =>
        TypedResults.Ok(await record.HandleAsync(new RecordYearlyFiguresCommand(creditCode, year, body.Submission()), cancellationToken));

    public static async Task<Ok<FiguresEntry>> GetFiguresAsync(
        string creditCode, int year, GetYearlyFigures get, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.OneYearAsync(creditCode, year, cancellationToken));

    public static async Task<Ok<IReadOnlyList<FiguresEntry>>> ListFiguresAsync(
        string creditCode, GetYearlyFigures get, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.AllYearsAsync(creditCode, cancellationToken));

    public static async Task<Ok<Domain.EnterpriseEvaluation>> EvaluateAsync(
        string creditCode, int year, EvaluateEnterprise evaluate, CancellationToken cancellationToken) =>
        TypedResults.Ok(await evaluate.HandleAsync(creditCode, year, cancellationToken));

    public static async Task<Created<RegistryEntry>> RegisterAsync(
        EnterpriseRegistrationBody body, RegisterEnterprise register, CancellationToken cancellationToken)
    {
        var entry = await register.HandleAsync(new RegisterEnterpriseCommand(body.CreditCode, body.Details()), cancellationToken);
        return TypedResults.Created($"/api/v1/enterprises/{entry.CreditCode}", entry);
    }

    public static async Task<Ok<RegistryEntry>> GetAsync(
        string creditCode, GetEnterprise get, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await get.HandleAsync(creditCode, cancellationToken);
        response.Headers[CacheHeader] = result.FromCache ? "hit" : "miss";
        return TypedResults.Ok(result.Enterprise);
    }

    public static async Task<Ok<RegistryEntry>> ChangeAsync(
        string creditCode, EnterpriseChangeBody body, ChangeEnterprise change, CancellationToken cancellationToken)
    {
        var entry = await change.HandleAsync(new ChangeEnterpriseCommand(creditCode, body.ExpectedVersion ?? 0, body.Details()), cancellationToken);
        return TypedResults.Ok(entry);
    }
}
