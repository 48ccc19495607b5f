using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.BuildingBlocks.Documentation;
using IndustryPlatform.Projects.Domain;
using IndustryPlatform.Projects.UseCases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryPlatform.Projects.Api;

/// <summary>REST over the same use cases as gRPC: <c>api/v1/projects</c>. Refusals become ProblemDetails via the domain-error handler.</summary>
public static class ProjectsApi
{
    public static RouteGroupBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/projects").WithTags("Projects");
        api.MapPost("", RegisterAsync).RequireRole(PlatformRoles.Submit).WithName("RegisterProject")
            .WithSummary("Register a major project").WithDescription("Registers a project with its planned stage dates and investing enterprise.").ProducesProblems(400, 404, 409);
        api.MapGet("{projectId}", GetAsync).RequireRole(PlatformRoles.Read).WithName("GetProject")
            .WithSummary("Read one project").ProducesProblems(400, 404);
        api.MapPost("{projectId}/advance", AdvanceAsync).RequireRole(PlatformRoles.Submit).WithName("AdvanceProject")
            .WithSummary("Advance a project to its next stage").WithDescription("Stages are reached one after the other, each on a date; send the version you read as expectedVersion, 409 when it is stale.").ProducesProblems(400, 404, 409);
        api.MapPost("{projectId}/replan", ReplanAsync).RequireRole(PlatformRoles.Submit).WithName("ReplanProject")
            .WithSummary("Re-plan a stage date").WithDescription("Moves the planned date of a stage not yet reached, with a reason kept in the history; 409 on a stale expectedVersion.").ProducesProblems(400, 404, 409);
        api.MapPost("{projectId}/withdraw", WithdrawAsync).RequireRole(PlatformRoles.Submit).WithName("WithdrawProject")
            .WithSummary("Withdraw a project (撤销)").WithDescription("The project keeps its record and history but counts nowhere any more (lists, lights, statistics) and takes no further change; a reason is required, 409 on a stale expectedVersion or when already withdrawn.").ProducesProblems(400, 404, 409);
        api.MapGet("", SearchAsync).RequireRole(PlatformRoles.Read).WithName("SearchProjects")
            .WithSummary("Search the projects (项目查询)")
            .WithDescription("Every project matching the filters (district, chain, kind, stage, origin, isMajor, isProvincialMajor, isDigitalEconomyCore, filedYear, startedYear, minInvestmentYi, maxInvestmentYi), in the order registered; withdrawn projects are left out; paged.")
            .ProducesProblems(400);
        api.MapGet("lists/{list}", ListAsync).RequireRole(PlatformRoles.Read).WithName("ListProjects")
            .WithSummary("The project lists").WithDescription("ToStart, ToComplete, ToReachScale (三张清单) and Stuck (破五未), filtered by dates, district and chain (?district=, ?chain=); paged.").ProducesProblems(400);
        // A literal segment outranks the {projectId} parameter, so "statistics" is never read as a project id.
        api.MapGet("statistics", StatisticsAsync).RequireRole(PlatformRoles.Read).WithName("GetProjectStatistics")
            .WithSummary("Project statistics for a year")
            .WithDescription("By chain or district (by=chain|district): newly filed, started, completed and in production, counts and 亿元, against the yearly targets; start rate (开工率); the eight chains' share of new ≥3亿 projects; the city's totals.")
            .ProducesProblems(400);
        api.MapGet("statistics/{figure}/projects", FigureProjectsAsync).RequireRole(PlatformRoles.Read).WithName("ListFigureProjects")
            .WithSummary("The projects behind a figure of the statistics")
            .WithDescription("Which projects make one figure (its code from statistics' figures, e.g. major-started) in the year, optionally in one district (?district=), with the date that made each count; the total equals the figure. Paged.")
            .ProducesProblems(400);
        return api;
    }

    public static async Task<Created<ProjectRecord>> RegisterAsync(
        ProjectRegistrationBody body, RegisterProject register, CancellationToken cancellationToken)
    {
        var project = await register.HandleAsync(body.Details(), cancellationToken);
        return TypedResults.Created($"/api/v1/projects/{project.Id}", project);
    }

    public static async Task<Ok<ProjectRecord>> GetAsync(string projectId, GetProject get, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.HandleAsync(projectId, cancellationToken));

    public static async Task<Ok<ProjectRecord>> AdvanceAsync(
        string projectId, AdvanceBody body, AdvanceProject advance, CancellationToken cancellationToken) =>
        TypedResults.Ok(await advance.HandleAsync(
            new AdvanceProjectCommand(projectId, body.ExpectedVersion ?? 0, body.Stage, body.ReachedOn), cancellationToken));

    /// <summary>GET lists/ToStart?from=2025-01-01&amp;to=2025-03-31&amp;district=anji&amp;chain=nev&amp;page=1&amp;pageSize=50; lists/Stuck?notYet=Started.</summary>
    public static async Task<Ok<ProjectPage>> ListAsync(
        string list, string? from, string? to, string? notYet, string? district, string? chain, int? page, int? pageSize,
        ListProjects lists, CancellationToken cancellationToken) =>
        TypedResults.Ok(await lists.HandleAsync(
            new ListProjectsQuery(list, from, to, notYet, district, chain, page ?? 0, pageSize ?? 0), cancellationToken));

    /// <summary>GET ?district=anji&amp;kind=TechnicalUpgrade&amp;filedYear=2024&amp;minInvestmentYi=0.05&amp;page=1 — the lists' filters without a list.</summary>
    public static async Task<Ok<ProjectPage>> SearchAsync(
        [AsParameters] ProjectSearchParameters search, ListProjects lists, CancellationToken cancellationToken) =>
        TypedResults.Ok(await lists.HandleAsync(search.ToQuery(), cancellationToken));

    /// <summary>GET statistics/major-started/projects?year=2024&amp;district=anji&amp;page=1&amp;pageSize=50.</summary>
    public static async Task<Ok<FigureProjectPage>> FigureProjectsAsync(
        string figure, string? year, string? district, int? page, int? pageSize, GetFigureProjects figureProjects, CancellationToken cancellationToken) =>
        TypedResults.Ok(await figureProjects.HandleAsync(new FigureProjectsQuery(figure, year, district, page ?? 0, pageSize ?? 0), cancellationToken));

    /// <summary>GET statistics?year=2024&amp;by=chain (or by=district). Year and grouping are checked by rule, so a bad one is a 400 naming it.</summary>
    public static async Task<Ok<StatisticsResponse>> StatisticsAsync(
        string? year, string? by, GetProjectStatistics statistics, CancellationToken cancellationToken) =>
        TypedResults.Ok(StatisticsResponse.From(await statistics.HandleAsync(new ProjectStatisticsQuery(year, by), cancellationToken)));

    public static async Task<Ok<ProjectRecord>> WithdrawAsync(
        string projectId, WithdrawBody body, WithdrawProject withdraw, CancellationToken cancellationToken) =>
        TypedResults.Ok(await withdraw.HandleAsync(new WithdrawProjectCommand(projectId, body.ExpectedVersion ?? 0, body.Reason), cancellationToken));

    public static async Task<Ok<ProjectRecord>> ReplanAsync(
        string projectId, ReplanBody body, ReplanProject replan, CancellationToken cancellationToken) =>
        TypedResults.Ok(await replan.HandleAsync(
            new ReplanProjectCommand(projectId, body.ExpectedVersion ?? 0, body.Stage, body.PlannedOn, body.Reason), cancellationToken));
}
