using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.UseCases;

public static class CallerSubmitter
{
    /// <summary>The submitter of this request's figures: the client its access token names, and that client's region.</summary>
    public static Submitter Submitter(this CurrentCaller current)
    {
        var caller = current.Get();
        return new Submitter(caller.ClientId, caller.Region);
    }
}
