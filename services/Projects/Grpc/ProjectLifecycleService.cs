using IndustryPlatform.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Grpc.Core;
using IndustryPlatform.Contracts.Projects.V1;
using IndustryPlatform.Projects.UseCases;

namespace IndustryPlatform.Projects.Grpc;

/// <summary>industry.projects.v1.ProjectLifecycle: translates messages and calls the use cases; errors are mapped by the domain-error interceptor.</summary>
public sealed class ProjectLifecycleService(RegisterProject register, GetProject get, AdvanceProject advance, ReplanProject replan, WithdrawProject withdraw, ListProjects list,
    GetProjectStatistics statistics, GetFigureProjects figureProjects)
    : ProjectLifecycle.ProjectLifecycleBase
{
    [Authorize(PlatformRoles.Submit)]
    public override async Task<Project> RegisterProject(RegisterProjectRequest request, ServerCallContext context) =>
        (await register.HandleAsync(request.ToDetails(), context.CancellationToken)).ToMessage();

    [Authorize(PlatformRoles.Read)]
    public override async Task<Project> GetProject(GetProjectRequest request, ServerCallContext context) =>
        (await get.HandleAsync(request.ProjectId, context.CancellationToken)).ToMessage();

    [Authorize(PlatformRoles.Submit)]
    public override async Task<Project> AdvanceProject(AdvanceProjectRequest request, ServerCallContext context) =>
        (await advance.HandleAsync(request.ToCommand(), context.CancellationToken)).ToMessage();

    [Authorize(PlatformRoles.Submit)]
    public override async Task<Project> ReplanProject(ReplanProjectRequest request, ServerCallContext context) =>
        (await replan.HandleAsync(request.ToCommand(), context.CancellationToken)).ToMessage();

    [Authorize(PlatformRoles.Submit)]
    public override async Task<Project> WithdrawProject(WithdrawProjectRequest request, ServerCallContext context) =>
        (await withdraw.HandleAsync(request.ToCommand(), context.CancellationToken)).ToMessage();

    [Authorize(PlatformRoles.Read)]
    public override async Task<Contracts.Projects.V1.ProjectPage> ListProjects(ListProjectsRequest request, ServerCallContext context) =>
        (await list.HandleAsync(request.ToQuery(), context.CancellationToken)).ToMessage();

    [Authorize(PlatformRoles.Read)]
    public override async Task<Contracts.Projects.V1.ProjectStatistics> GetProjectStatistics(GetProjectStatisticsRequest request, ServerCallContext context) =>
        (await statistics.HandleAsync(request.ToQuery(), context.CancellationToken)).ToMessage();

    [Authorize(PlatformRoles.Read)]
    public override async Task<Contracts.Projects.V1.FigureProjectPage> ListFigureProjects(ListFigureProjectsRequest request, ServerCallContext context) =>
        (await figureProjects.HandleAsync(request.ToQuery(), context.CancellationToken)).ToMessage();
}
