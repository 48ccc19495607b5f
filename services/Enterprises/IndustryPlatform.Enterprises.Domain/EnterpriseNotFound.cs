using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Domain;

public static class EnterpriseNotFound
{
    public static NotFoundException For(CreditCode code) =>
        new(RuleCodes.Enterprise.NotFound, $"No enterprise with credit code {code} is registered.");
}
