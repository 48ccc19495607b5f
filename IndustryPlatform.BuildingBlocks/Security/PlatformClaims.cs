namespace IndustryPlatform.BuildingBlocks.Security;

/// <summary>What the gateway's access tokens say about a client, and who they are for.</summary>
public static class PlatformClaims
{
    /// <summary>The audience of every access token where the stack names none of its own (see <see cref="PlatformAudience"/>).</summary>
    public const string Audience = "industry-platform";

    public const string ClientId = "client_id";
    public const string Subject = "sub";

    /// <summary>The region the client speaks for: a district code, or the city's.</summary>
    public const string Region = "region";

    public const string Role = "role";

    /// <summary>The city bureau (市本级): may write every district's data.</summary>
    public const string CityRegion = "huzhou";
}
