using IndustryPlatform.BuildingBlocks.Documentation;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using IndustryPlatform.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>REST for 数字化改造: an enterprise's levels (<c>api/v1/enterprises/{code}/digital-levels</c>) and the coverage of a year.</summary>
public static class DigitalLevelsApi
{
    public static IEndpointRouteBuilder MapDigitalLevelsApi(this IEndpointRouteBuilder app)
    {
        var enterprises = app.MapGroup("api/v1/enterprises").WithTags("Digital transformation");
        enterprises.MapPost("{creditCode}/digital-levels", RecordAsync).RequireRole(PlatformRoles.Submit).WithName("RecordDigitalLevel")
            .WithSummary("Record the digital-transformation level (数字化改造 none / 1.0 / 2.0) an enterprise reached")
            .WithDescription("With the date it was reached and the evidence. Earlier records stay as history; a district records only for its own enterprises.")
            .ProducesProblems(400, 403, 404);
        enterprises.MapGet("{creditCode}/digital-levels", GetAsync).RequireRole(PlatformRoles.Read).WithName("GetDigitalLevels")
            .WithSummary("An enterprise's digital-transformation level today and every record behind it").ProducesProblems(400, 404);
        app.MapGroup("api/v1/evaluations").WithTags("Digital transformation")
            .MapGet("{year:int}/digital-coverage", CoverageAsync).RequireRole(PlatformRoles.Read).WithName("GetDigitalCoverage")
            .WithSummary("数字化改造 coverage of a year: the share of above-scale enterprises at 1.0 or beyond and at 2.0")
            .WithDescription("At the year's end, in the city, by district and by industry division.").ProducesProblems(400);
        return app;
    }

    public static async Task<Created<DigitalLevelEntry>> RecordAsync(
        string creditCode, DigitalLevelBody body, RecordDigitalLevel record, CancellationToken cancellationToken)
    {
        var entry = await record.HandleAsync(
            new RecordDigitalLevelCommand(creditCode, body.Level, IsoDate.Optional(body.ReachedOn, "reached_on"), body.Evidence), cancellationToken);
        return TypedResults.Created($"/api/v1/enterprises/{entry.CreditCode}/digital-levels", entry);
    }

    public static async Task<Ok<DigitalLevelHistory>> GetAsync(string creditCode, GetDigitalLevels get, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.HandleAsync(creditCode, cancellationToken));

    public static async Task<Ok<DigitalCoverage>> CoverageAsync(int year, GetDigitalCoverage get, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.HandleAsync(year, cancellationToken));
}
