using IndustryPlatform.Projects.UseCases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryPlatform.Projects.Api;

/// <summary>REST over the same use cases as gRPC: <c>api/v1/projects</c>. Refusals become ProblemDetails via the domain-error handler.</summary>
public static class ProjectsApi
{
    public static RouteGroupBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/projects").WithTags("Projects");
        api.MapPost("", RegisterAsync).WithName("RegisterProject");
        api.MapGet("{projectId}", GetAsync).WithName("GetProject");
        api.MapPost("{projectId}/advance", AdvanceAsync).WithName("AdvanceProject");
        api.MapPost("{projectId}/replan", ReplanAsync).WithName("ReplanProject");
        api.MapGet("lists/{list}", ListAsync).WithName("ListProjects");
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

    /// <summary>GET lists/ToStart?from=2025-01-01&amp;to=2025-03-31&amp;districtCode=anji&amp;chainCode=nev&amp;page=1&amp;pageSize=50; lists/Stuck?notYet=Started.</summary>
    public static async Task<Ok<ProjectPage>> ListAsync(
        string list, string? from, string? to, string? notYet, string? districtCode, string? chainCode, int? page, int? pageSize,
        ListProjects lists, CancellationToken cancellationToken) =>
        TypedResults.Ok(await lists.HandleAsync(
            new ListProjectsQuery(list, from, to, notYet, districtCode, chainCode, page ?? 0, pageSize ?? 0), cancellationToken));

    public static async Task<Ok<ProjectRecord>> ReplanAsync(
        string projectId, ReplanBody body, ReplanProject replan, CancellationToken cancellationToken) =>
        TypedResults.Ok(await replan.HandleAsync(
            new ReplanProjectCommand(projectId, body.ExpectedVersion ?? 0, body.Stage, body.PlannedOn, body.Reason), cancellationToken));
}
