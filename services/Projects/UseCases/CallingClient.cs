using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Security;

namespace IndustryPlatform.Projects.UseCases;

/// <summary>Who is calling (from the forwarded access token), for the history and for the district check on every write.</summary>
public sealed class CallingClient(CurrentCaller current)
{
    public string Id => current.Get().ClientId;

    /// <summary>A district system writes only its own district's projects; the city writes all.</summary>
    public void EnsureMayWrite(string districtCode) => current.Get().EnsureMayWrite(districtCode, "projects");
}
