using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Indicators.Domain.Plan;
using IndustryPlatform.Indicators.UseCases;
using IndustryPlatform.Rules;
using Microsoft.AspNetCore.Authorization;
using V1 = IndustryPlatform.Contracts.Indicators.V1;

namespace IndustryPlatform.Indicators.Grpc;

/// <summary>industry.indicators.v1.AnnualPlan: the same use cases and rules as REST <c>api/v1/plan</c>.</summary>
public sealed class AnnualPlanService(
    ListPlanTargets list, SetPlanTarget set, ListPlanHistory history,
    ReadLightThresholds thresholds, SetLightThresholds setThresholds, ListLightThresholdsHistory thresholdsHistory) : V1.AnnualPlan.AnnualPlanBase
{
    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.ListPlanTargetsResponse> ListPlanTargets(V1.ListPlanTargetsRequest request, ServerCallContext context)
    {
        var response = new V1.ListPlanTargetsResponse();
        response.Targets.AddRange((await list.HandleAsync(request.ToQuery(), context.CancellationToken)).Select(ToMessage));
        return response;
    }

    [Authorize(PlatformRoles.Admin)]
    public override async Task<V1.PlanTarget> SetPlanTarget(V1.SetPlanTargetRequest request, ServerCallContext context)
    {
        var setting = new TargetSetting(
            request.IndicatorCode, request.RegionCode, string.IsNullOrEmpty(request.ChainCode) ? null : request.ChainCode, request.Year,
            PlanValue(request.Value, "value"), request.Reason, request.ExpectedVersion);
        return ToMessage(await set.HandleAsync(setting, context.CancellationToken));
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.ListPlanHistoryResponse> ListPlanHistory(V1.ListPlanTargetsRequest request, ServerCallContext context)
    {
        var response = new V1.ListPlanHistoryResponse();
        response.Changes.AddRange((await history.HandleAsync(request.ToQuery(), context.CancellationToken)).Select(c =>
        {
            var message = new V1.PlanTargetChange
            {
                IndicatorCode = c.IndicatorCode, RegionCode = c.RegionCode, ChainCode = c.ChainCode ?? "", Year = c.Year, Version = c.Version,
                Value = (double)c.Value, Reason = c.Reason, SetBy = c.SetBy, SetAt = Timestamp.FromDateTimeOffset(c.SetAt),
            };
            if (c.PreviousValue is { } previous)
            {
                message.PreviousValue = (double)previous;
            }

            return message;
        }));
        return response;
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.LightThresholds> GetLightThresholds(V1.GetLightThresholdsRequest request, ServerCallContext context) =>
        ToMessage(await thresholds.HandleAsync(request.HasYear ? request.Year : null, context.CancellationToken));

    [Authorize(PlatformRoles.Admin)]
    public override async Task<V1.LightThresholds> SetLightThresholds(V1.SetLightThresholdsRequest request, ServerCallContext context)
    {
        var setting = new ThresholdsSetting(
            request.Year, PlanValue(request.IndicatorYellowTolerance, "indicator_yellow_tolerance"), request.ProjectYellowAfterDays, request.ProjectRedAfterDays,
            request.Reason, request.ExpectedVersion);
        return ToMessage(await setThresholds.HandleAsync(setting, context.CancellationToken));
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<V1.ListLightThresholdsHistoryResponse> ListLightThresholdsHistory(V1.GetLightThresholdsRequest request, ServerCallContext context)
    {
        var response = new V1.ListLightThresholdsHistoryResponse();
        response.Changes.AddRange((await thresholdsHistory.HandleAsync(request.HasYear ? request.Year : null, context.CancellationToken)).Select(c => new V1.LightThresholdsChange
        {
            Year = c.Year, Version = c.Version, IndicatorYellowTolerance = (double)c.IndicatorYellowTolerance, ProjectYellowAfterDays = c.ProjectYellowAfterDays,
            ProjectRedAfterDays = c.ProjectRedAfterDays, Reason = c.Reason, SetBy = c.SetBy, SetAt = Timestamp.FromDateTimeOffset(c.SetAt),
        }));
        return response;
    }

    private static V1.LightThresholds ToMessage(LightThresholdsView t) => new()
    {
        Year = t.Year, IndicatorYellowTolerance = (double)t.IndicatorYellowTolerance, ProjectYellowAfterDays = t.ProjectYellowAfterDays,
        ProjectRedAfterDays = t.ProjectRedAfterDays, Version = t.Version, IsDefault = t.IsDefault,
    };

    private static V1.PlanTarget ToMessage(PlanTargetView t) => new()
    {
        IndicatorCode = t.IndicatorCode, NameZh = t.NameZh, Unit = t.Unit, RegionCode = t.RegionCode, ChainCode = t.ChainCode ?? "", Year = t.Year,
        Value = (double)t.Value, Version = t.Version, SetBy = t.SetBy ?? "", SetAt = t.SetAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        Reason = t.Reason ?? "",
    };

    /// <summary>A double that no decimal holds (NaN, ±∞, 1e300) is refused by the rule a too-large number meets over REST.</summary>
    private static decimal PlanValue(double value, string field) =>
        double.IsFinite(value) && Math.Abs(value) < 1e20
            ? (decimal)value
            : throw new InvalidInputException(field, RuleCodes.Number.OutOfRange, $"{field} {value} is not a number the plan can keep.");
}

internal static class AnnualPlanMessages
{
    public static PlanQuery ToQuery(this V1.ListPlanTargetsRequest request) => new(
        request.HasYear ? request.Year : null,
        request.HasIndicatorCode ? request.IndicatorCode : null,
        request.HasRegionCode ? request.RegionCode : null,
        request.HasChainCode ? request.ChainCode : null);
}
