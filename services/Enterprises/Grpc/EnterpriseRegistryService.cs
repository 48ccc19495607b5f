using IndustryPlatform.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Grpc.Core;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Enterprises.UseCases;

namespace IndustryPlatform.Enterprises.Grpc;

/// <summary>industry.enterprises.v1.EnterpriseRegistry: translates messages and calls the use cases; errors are mapped by the domain-error interceptor.</summary>
public sealed class EnterpriseRegistryService(
    RegisterEnterprise register, GetEnterprise get, ChangeEnterprise change, DeactivateEnterprise deactivate, GetEnterpriseHistory getHistory, SearchEnterprises search, RecordYearlyFigures recordFigures, GetYearlyFigures getFigures, EvaluateEnterprise evaluate) : EnterpriseRegistry.EnterpriseRegistryBase
{
    [Authorize(PlatformRoles.Submit)]
    public override async Task<Enterprise> RegisterEnterprise(RegisterEnterpriseRequest request, ServerCallContext context)
    {
        var entry = await register.HandleAsync(request.ToCommand(), context.CancellationToken);
        return entry.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<Enterprise> GetEnterprise(GetEnterpriseRequest request, ServerCallContext context)
    {
        var result = await get.HandleAsync(request.CreditCode, context.CancellationToken);
        await context.WriteResponseHeadersAsync(new Metadata { { "x-cache", result.FromCache ? "hit" : "miss" } });
        return result.Enterprise.ToMessage();
    }

    [Authorize(PlatformRoles.Submit)]
    public override async Task<Enterprise> ChangeEnterprise(ChangeEnterpriseRequest request, ServerCallContext context)
    {
        var entry = await change.HandleAsync(request.ToCommand(), context.CancellationToken);
        return entry.ToMessage();
    }

    [Authorize(PlatformRoles.Admin)]
    public override async Task<Enterprise> DeactivateEnterprise(DeactivateEnterpriseRequest request, ServerCallContext context)
    {
        var entry = await deactivate.HandleAsync(
            new DeactivateEnterpriseCommand(request.CreditCode, request.ExpectedVersion, request.Reason), context.CancellationToken);
        return entry.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<EnterpriseHistory> GetEnterpriseHistory(GetEnterpriseRequest request, ServerCallContext context)
    {
        var history = await getHistory.HandleAsync(request.CreditCode, context.CancellationToken);
        return history.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<Contracts.Enterprises.V1.EnterprisePage> SearchEnterprises(SearchEnterprisesRequest request, ServerCallContext context)
    {
        var page = await search.HandleAsync(request.ToSearch(), context.CancellationToken);
        return page.ToMessage();
    }

    [Authorize(PlatformRoles.Submit)]
    public override async Task<YearlyFigures> RecordYearlyFigures(RecordYearlyFiguresRequest request, ServerCallContext context)
    {
        var entry = await recordFigures.HandleAsync(request.ToCommand(), context.CancellationToken);
        return entry.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<YearlyFigures> GetYearlyFigures(GetYearlyFiguresRequest request, ServerCallContext context)
    {
        var entry = await getFigures.OneYearAsync(request.CreditCode, request.Year, context.CancellationToken);
        return entry.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<EnterpriseEvaluation> EvaluateEnterprise(EvaluateEnterpriseRequest request, ServerCallContext context)
    {
        var evaluation = await evaluate.HandleAsync(request.CreditCode, request.Year, context.CancellationToken);
        return evaluation.ToMessage(request.CreditCode.Trim().ToUpperInvariant());
    }
}
