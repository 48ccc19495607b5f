using Grpc.Core;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Enterprises.UseCases;
using IndustryPlatform.Rules;
using Microsoft.AspNetCore.Authorization;

namespace IndustryPlatform.Enterprises.Grpc;

/// <summary>industry.enterprises.v1.EnterpriseEvaluations: the city-wide carbon grades and 亩均 classes of a year, and the 数字化改造 levels.</summary>
public sealed class EnterpriseEvaluationsService(
    GetCityEvaluation evaluate, ListEvaluatedEnterprises list, RecordDigitalLevel recordLevel, GetDigitalLevels levels, GetDigitalCoverage coverage)
    : EnterpriseEvaluations.EnterpriseEvaluationsBase
{
    [Authorize(PlatformRoles.Read)]
    public override async Task<CarbonGradeDistribution> GetCarbonGradeDistribution(GetCityEvaluationRequest request, ServerCallContext context)
    {
        var result = await evaluate.HandleAsync(request.Year, context.CancellationToken);
        await context.WriteResponseHeadersAsync(new Metadata { { "x-cache", result.FromCache ? "hit" : "miss" } });
        return result.Evaluation.CarbonGrades().ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<PerMuClassDistribution> GetPerMuClassDistribution(GetCityEvaluationRequest request, ServerCallContext context)
    {
        var result = await evaluate.HandleAsync(request.Year, context.CancellationToken);
        await context.WriteResponseHeadersAsync(new Metadata { { "x-cache", result.FromCache ? "hit" : "miss" } });
        return result.Evaluation.PerMuClasses().ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<Contracts.Enterprises.V1.EnterpriseStandingPage> ListEvaluatedEnterprises(ListEvaluatedEnterprisesRequest request, ServerCallContext context) =>
        (await list.PageAsync(request.ToQuery(), context.CancellationToken)).ToMessage();

    [Authorize(PlatformRoles.Submit)]
    public override async Task<Contracts.Enterprises.V1.DigitalLevelRecord> RecordDigitalLevel(RecordDigitalLevelRequest request, ServerCallContext context)
    {
        var command = new RecordDigitalLevelCommand(request.CreditCode, request.Level, IsoDate.Optional(request.ReachedOn, "reached_on"), request.Evidence);
        return (await recordLevel.HandleAsync(command, context.CancellationToken)).ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<Contracts.Enterprises.V1.DigitalLevelHistory> GetDigitalLevels(GetEnterpriseRequest request, ServerCallContext context) =>
        (await levels.HandleAsync(request.CreditCode, context.CancellationToken)).ToMessage();

    [Authorize(PlatformRoles.Read)]
    public override async Task<Contracts.Enterprises.V1.DigitalCoverage> GetDigitalCoverage(GetCityEvaluationRequest request, ServerCallContext context) =>
        (await coverage.HandleAsync(request.Year, context.CancellationToken)).ToMessage();
}
