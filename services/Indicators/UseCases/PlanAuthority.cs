using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>Who may change the plan: the city only.</summary>
public static class PlanAuthority
{
    /// <summary>
    /// The caller, when it speaks for the city; a district's client — even one with the admin role — is refused by the
    /// platform's region rule (region.not-yours), as a write of any other region's data is.
    /// </summary>
    public static Caller EnsureCity(this CurrentCaller caller, string what)
    {
        var who = caller.Get();
        who.EnsureMayWrite(Catalogue.CityCode, what);
        return who;
    }
}
