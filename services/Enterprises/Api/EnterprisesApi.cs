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
        return api;
    }

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
