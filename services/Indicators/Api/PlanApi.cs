using IndustryPlatform.BuildingBlocks.Documentation;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Indicators.UseCases;
using IndustryPlatform.Indicators.Domain.Plan;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryPlatform.Indicators.Api;

/// <summary>年度计划 over REST, <c>api/v1/plan</c>: the same use cases and rules as gRPC AnnualPlan.</summary>
public static class PlanApi
{
    public static IEndpointRouteBuilder MapPlanApi(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("api/v1/plan").WithTags("Plan");
        plan.MapGet("targets", ListAsync).RequireRole(PlatformRoles.Read).WithName("ListPlanTargets")
            .WithSummary("The plan's targets (年度计划)")
            .WithDescription("Yearly targets of the city and its districts per indicator, and the city's per industry chain for the counts of projects; each filter (year, indicator, region, chain) left out lets all through. Each target has its version and who set it last, when and why.")
            .ProducesProblems(400);
        plan.MapPut("targets", SetAsync).RequireRole(PlatformRoles.Admin).WithName("SetPlanTarget")
            .WithSummary("Set one target of the plan")
            .WithDescription("The city only (admin role and a token of huzhou; a district's token is refused 403 region.not-yours). Every field is stated: indicatorCode, regionCode, chainCode (null for the region's own target), year, value, reason, expectedVersion (0 for a first value, else the version read; a stale one is 409 plan.version-conflict). The next summary and bulletin show the new target.")
            .ProducesProblems(400, 403, 409);
        plan.MapGet("targets/history", HistoryAsync).RequireRole(PlatformRoles.Read).WithName("ListPlanHistory")
            .WithSummary("Every value the targets were set to")
            .WithDescription("Oldest first per target, with the value before, who set it (client), when and why. Same filters as the targets.")
            .ProducesProblems(400);
        plan.MapGet("thresholds", ThresholdsAsync).RequireRole(PlatformRoles.Read).WithName("GetLightThresholds")
            .WithSummary("A year's light thresholds (亮灯标准)")
            .WithDescription("The indicators' yellow tolerance (percentage points behind the year's pace still yellow) and the days past a project stage's planned date that turn the project yellow, then red. A year never set has the defaults (10, 15, 60) with version 0 and isDefault true.")
            .ProducesProblems(400);
        plan.MapPut("thresholds", SetThresholdsAsync).RequireRole(PlatformRoles.Admin).WithName("SetLightThresholds")
            .WithSummary("Set a year's light thresholds")
            .WithDescription("The city only, as targets: every field stated (year, indicatorYellowTolerance, projectYellowAfterDays, projectRedAfterDays, reason, expectedVersion — 0 for a year never set). The next summary and bulletin light with them.")
            .ProducesProblems(400, 403, 409);
        plan.MapGet("thresholds/history", ThresholdsHistoryAsync).RequireRole(PlatformRoles.Read).WithName("ListLightThresholdsHistory")
            .WithSummary("Every value the light thresholds were set to").WithDescription("Oldest first, per year (all years when year is left out), with who, when and why.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<PlanTargetView>>> ListAsync(
        int? year, string? indicator, string? region, string? chain, ListPlanTargets list, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(new PlanQuery(year, indicator, region, chain), cancellationToken));

    public static async Task<Ok<PlanTargetView>> SetAsync(PlanTargetBody body, SetPlanTarget set, CancellationToken cancellationToken) =>
        TypedResults.Ok(await set.HandleAsync(body.ToSetting(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<PlanTargetChangeView>>> HistoryAsync(
        int? year, string? indicator, string? region, string? chain, ListPlanHistory history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.HandleAsync(new PlanQuery(year, indicator, region, chain), cancellationToken));

    public static async Task<Ok<LightThresholdsView>> ThresholdsAsync(int? year, ReadLightThresholds read, CancellationToken cancellationToken) =>
        TypedResults.Ok(await read.HandleAsync(year, cancellationToken));

    public static async Task<Ok<LightThresholdsView>> SetThresholdsAsync(LightThresholdsBody body, SetLightThresholds set, CancellationToken cancellationToken) =>
        TypedResults.Ok(await set.HandleAsync(body.ToSetting(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<LightThresholdsChange>>> ThresholdsHistoryAsync(int? year, ListLightThresholdsHistory history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.HandleAsync(year, cancellationToken));
}
