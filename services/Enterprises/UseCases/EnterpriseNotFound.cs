using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.UseCases;

internal static class EnterpriseNotFound
{
    public static NotFoundException For(CreditCode code) =>
        new(RuleCodes.Enterprise.NotFound, $"No enterprise with credit code {code} is registered.");
}
