using Grpc.Core;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Enterprises.UseCases;
using Microsoft.AspNetCore.Authorization;

namespace IndustryPlatform.Enterprises.Grpc;

/// <summary>industry.enterprises.v1.EnterpriseEvaluations: the city-wide carbon grades and 亩均 classes of a year.</summary>
public sealed class EnterpriseEvaluationsService(GetCityEvaluation evaluate, ListEvaluatedEnterprises list) : EnterpriseEvaluations.EnterpriseEvaluationsBase
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
}
