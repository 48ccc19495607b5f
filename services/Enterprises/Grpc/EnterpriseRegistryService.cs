using IndustryPlatform.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Grpc.Core;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Enterprises.UseCases;

namespace IndustryPlatform.Enterprises.Grpc;

/// <summary>industry.enterprises.v1.EnterpriseRegistry: translates messages and calls the use cases; errors are mapped by the domain-error interceptor.</summary>
public sealed class EnterpriseRegistryService(IServiceProvider services) : EnterpriseRegistry.EnterpriseRegistryBase
{
    [Authorize(PlatformRoles.Submit)]
    public override async Task<Enterprise> RegisterEnterprise(RegisterEnterpriseRequest request, ServerCallContext context)
    {
        var entry = await Use<RegisterEnterprise>().HandleAsync(request.ToCommand(), context.CancellationToken);
        return entry.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<Enterprise> GetEnterprise(GetEnterpriseRequest request, ServerCallContext context)
    {
        var result = await Use<GetEnterprise>().HandleAsync(request.CreditCode, context.CancellationToken);
        await context.WriteResponseHeadersAsync(new Metadata { { "x-cache", result.FromCache ? "hit" : "miss" } });
        return result.Enterprise.ToMessage();
    }

    [Authorize(PlatformRoles.Submit)]
    public override async Task<Enterprise> ChangeEnterprise(ChangeEnterpriseRequest request, ServerCallContext context)
    {
        var entry = await Use<ChangeEnterprise>().HandleAsync(request.ToCommand(), context.CancellationToken);
        return entry.ToMessage();
    }

    [Authorize(PlatformRoles.Admin)]
    public override async Task<Enterprise> DeactivateEnterprise(DeactivateEnterpriseRequest request, ServerCallContext context)
    {
        var entry = await Use<DeactivateEnterprise>().HandleAsync(
            new DeactivateEnterpriseCommand(request.CreditCode, request.ExpectedVersion, request.Reason), context.CancellationToken);
        return entry.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<EnterpriseHistory> GetEnterpriseHistory(GetEnterpriseRequest request, ServerCallContext context)
    {
        var history = await Use<GetEnterpriseHistory>().HandleAsync(request.CreditCode, context.CancellationToken);
        return history.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<Contracts.Enterprises.V1.EnterprisePage> SearchEnterprises(SearchEnterprisesRequest request, ServerCallContext context)
    {
        var page = await Use<SearchEnterprises>().HandleAsync(request.ToSearch(), context.CancellationToken);
        return page.ToMessage();
    }

    [Authorize(PlatformRoles.Submit)]
    public override async Task<YearlyFigures> RecordYearlyFigures(RecordYearlyFiguresRequest request, ServerCallContext context)
    {
        var entry = await Use<RecordYearlyFigures>().HandleAsync(request.ToCommand(), context.CancellationToken);
        return entry.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<YearlyFigures> GetYearlyFigures(GetYearlyFiguresRequest request, ServerCallContext context)
    {
        var entry = await Use<GetYearlyFigures>().OneYearAsync(request.CreditCode, request.Year, context.CancellationToken);
        return entry.ToMessage();
    }

    [Authorize(PlatformRoles.Read)]
    public override async Task<EnterpriseEvaluation> EvaluateEnterprise(EvaluateEnterpriseRequest request, ServerCallContext context)
    {
        var evaluation = await Use<EvaluateEnterprise>().HandleAsync(request.CreditCode, request.Year, context.CancellationToken);
        return evaluation.ToMessage(request.CreditCode.Trim().ToUpperInvariant());
    }

    /// <summary>Each call resolves only the use case it needs, from the request scope.</summary>
    private T Use<T>()
        where T : notnull => services.GetRequiredService<T>();
}
