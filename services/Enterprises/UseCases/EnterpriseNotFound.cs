using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.UseCases;

internal static class EnterpriseNotFound
{
    public static NotFoundException For(CreditCode code) =>
        new("enterprise-not-found", $"No enterprise with credit code {code} is registered.");
}
