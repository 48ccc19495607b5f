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
        api.MapPost("", RegisterAsync).WithName("RegisterEnterprise");
        api.MapGet("{creditCode}", GetAsync).WithName("GetEnterprise");
        api.MapPut("{creditCode}", ChangeAsync).WithName("ChangeEnterprise");
        api.MapGet("", SearchAsync).WithName("SearchEnterprises");
        api.MapPost("{creditCode}/deactivate", DeactivateAsync).WithName("DeactivateEnterprise");
        api.MapGet("{creditCode}/history", HistoryAsync).WithName("GetEnterpriseHistory");
        api.MapPut("{creditCode}/figures/{year:int}", RecordFiguresAsync).WithName("RecordYearlyFigures");
        api.MapGet("{creditCode}/figures/{year:int}", GetFiguresAsync).WithName("GetYearlyFigures");
        api.MapGet("{creditCode}/figures", ListFiguresAsync).WithName("ListYearlyFigures");
        api.MapGet("{creditCode}/evaluations/{year:int}", EvaluateAsync).WithName("EvaluateEnterprise");
        return api;
    }

    public static async Task<Ok<EnterprisePage>> SearchAsync(
        SearchEnterprises search, CancellationToken cancellationToken,
        string? district = null, string? chain = null, string? tier = null, bool? aboveScale = null, int? aboveScaleYear = null,
        string? name = null, bool includeInactive = false, int page = 1, int pageSize = 20)
    {
        var result = await search.HandleAsync(
            new EnterpriseSearch(district, chain, tier, aboveScale, aboveScaleYear, name, includeInactive, page, pageSize), cancellationToken);
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
