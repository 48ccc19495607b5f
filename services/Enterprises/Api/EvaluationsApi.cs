using IndustryPlatform.BuildingBlocks.Documentation;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using IndustryPlatform.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryPlatform.Enterprises.Api;

/// <summary>REST for the city-wide evaluations of a year: <c>api/v1/evaluations</c> — carbon grades, 亩均 classes, the list.</summary>
public static class EvaluationsApi
{
    public static RouteGroupBuilder MapEvaluationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/evaluations").WithTags("Evaluations");
        api.MapGet("{year:int}/carbon-grades", CarbonGradesAsync).RequireRole(PlatformRoles.Read).WithName("GetCarbonGradeDistribution")
            .WithSummary("Carbon-efficiency grades (碳效码) of a year: in the city, by district, by industry division")
            .WithDescription("Every enterprise with figures and value added for the year, counted by grade 1–5. X-Cache tells hit or miss.").ProducesProblems(400);
        api.MapGet("{year:int}/per-mu-classes", PerMuClassesAsync).RequireRole(PlatformRoles.Read).WithName("GetPerMuClassDistribution")
            .WithSummary("亩均效益 classes A–D of a year: in the city, by district, by industry division")
            .WithDescription("Every enterprise with figures for the year, classed by its 亩均 score against the thresholds in the tier catalogue. X-Cache tells hit or miss.").ProducesProblems(400);
        api.MapGet("{year:int}/enterprises", ListAsync).RequireRole(PlatformRoles.Read).WithName("ListEvaluatedEnterprises")
            .WithSummary("The enterprises of a year's evaluation with their carbon grade and 亩均 rank and class")
            .WithDescription("Filter by carbonGrade, perMuClass, district, industry (a GB/T 4754 code or its start); sort by perMuRank (default), perMuScore, carbonGrade, carbonRatio, creditCode, name, district or industry, '-' first for descending; paged. format=csv answers every matching row as text/csv (UTF-8 with BOM), paging ignored.")
            .ProducesProblems(400);
        return api;
    }

    public static async Task<Ok<CarbonGradeDistribution>> CarbonGradesAsync(int year, GetCityEvaluation evaluate, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await evaluate.HandleAsync(year, cancellationToken);
        response.Headers[EnterprisesApi.CacheHeader] = result.FromCache ? "hit" : "miss";
        return TypedResults.Ok(result.Evaluation.CarbonGrades());
    }

    public static async Task<Ok<PerMuClassDistribution>> PerMuClassesAsync(int year, GetCityEvaluation evaluate, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await evaluate.HandleAsync(year, cancellationToken);
        response.Headers[EnterprisesApi.CacheHeader] = result.FromCache ? "hit" : "miss";
        return TypedResults.Ok(result.Evaluation.PerMuClasses());
    }

    public static async Task<Results<Ok<EnterpriseStandingPage>, FileContentHttpResult>> ListAsync(
        int year, ListEvaluatedEnterprises list, CancellationToken cancellationToken,
        int? carbonGrade = null, string? perMuClass = null, string? district = null, string? industry = null, string? sort = null,
        int page = 1, int pageSize = 20, string? format = null)
    {
        var query = new EvaluationListQuery(year, carbonGrade, perMuClass, district, industry, sort, page, pageSize);
        if (ListFormat.IsCsv(format))
        {
            var rows = await list.AllAsync(query, cancellationToken);
            return TypedResults.File(StandingsCsv.Write(rows), ListFormat.CsvContentType, $"evaluations-{year}.csv");
        }

        return TypedResults.Ok(await list.PageAsync(query, cancellationToken));
    }
}
