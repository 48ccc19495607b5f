using Grpc.Core;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Enterprises.UseCases;

namespace IndustryPlatform.Enterprises.Grpc;

/// <summary>industry.enterprises.v1.EnterpriseRegistry: translates messages and calls the use cases; errors are mapped by the domain-error interceptor.</summary>
public sealed class EnterpriseRegistryService(RegisterEnterprise register, GetEnterprise get, ChangeEnterprise change)
    : EnterpriseRegistry.EnterpriseRegistryBase
{
    public override async Task<Enterprise> RegisterEnterprise(RegisterEnterpriseRequest request, ServerCallContext context)
    {
        var entry = await register.HandleAsync(request.ToCommand(), context.CancellationToken);
        return entry.ToMessage();
    }

    public override async Task<Enterprise> GetEnterprise(GetEnterpriseRequest request, ServerCallContext context)
    {
        var result = await get.HandleAsync(request.CreditCode, context.CancellationToken);
        await context.WriteResponseHeadersAsync(new Metadata { { "x-cache", result.FromCache ? "hit" : "miss" } });
        return result.Enterprise.ToMessage();
    }

    public override async Task<Enterprise> ChangeEnterprise(ChangeEnterpriseRequest request, ServerCallContext context)
    {
        var entry = await change.HandleAsync(request.ToCommand(), context.CancellationToken);
        return entry.ToMessage();
    }
}
