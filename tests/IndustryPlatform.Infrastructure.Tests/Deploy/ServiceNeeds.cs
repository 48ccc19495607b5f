namespace IndustryPlatform.Infrastructure.Tests.Deploy;

/// <summary>
/// What each service reads from its environment, found in the code: ConnectionStrings names of AddServiceData /
/// AddMessaging / AddRedisCache, Identity:* of PlatformSecurityExtensions, PlatformAudience and GatewayIdentityExtensions,
/// the cockpit's Gateway:* (PeopleSignIn), the service discovery names behind "http://_grpc.enterprises",
/// "http://gateway" and the gateway's clusters, and Kestrel's endpoints of each appsettings.json.
/// </summary>
public static class ServiceNeeds
{
    /// <summary>The Kestrel endpoints every service but the cockpit declares in appsettings.json, with their ports in deploy/.</summary>
    public static readonly IReadOnlyDictionary<string, int> KestrelEndpoints = new Dictionary<string, int> { ["http"] = 8080, ["grpc"] = 8081 };

    // Before Settings, which is made of them: static fields are set in the order they are written.
    private static readonly string[] Platform = ["ASPNETCORE_ENVIRONMENT", "Identity__Issuer", "Identity__Audience"];

    private static readonly string[] Kestrel = [.. KestrelEndpoints.Keys.Select(endpoint => $"Kestrel__Endpoints__{endpoint}__Url")];

    public static readonly IReadOnlyDictionary<string, string[]> Settings = new Dictionary<string, string[]>
    {
        ["enterprises"] = [.. Service("enterprisesdb")],
        ["projects"] = [.. Service("projectsdb"), "services__enterprises__grpc__0"],
        ["indicators"] = [.. Service("indicatorsdb")],
        ["gateway"] =
        [
            .. Platform, .. Kestrel,
            "ConnectionStrings__redis",
            "Identity__SigningKeyPem",
            "Identity__RequireHttps",
            "ASPNETCORE_FORWARDEDHEADERS_ENABLED",
            "Identity__Applications__0__ClientId",
            "Identity__Applications__0__SecretHash",
            "Identity__Applications__0__RedirectUris__0",
            "Identity__Applications__0__PostLogoutRedirectUris__0",
            .. new[] { "enterprises", "projects", "indicators" }.SelectMany(s => new[] { $"services__{s}__http__0", $"services__{s}__grpc__0" }),
        ],
        ["cockpit"] =
        [
            "ASPNETCORE_ENVIRONMENT",
            "ASPNETCORE_HTTP_PORTS",
            "ASPNETCORE_FORWARDEDHEADERS_ENABLED",
            "Gateway__Authority",
            "Gateway__ClientId",
            "Gateway__ClientSecret",
            "Gateway__RequireHttps",
            "services__gateway__http__0",
        ],
    };

    private static IEnumerable<string> Service(string database) =>
        [.. Platform, .. Kestrel, $"ConnectionStrings__{database}", "ConnectionStrings__rabbitmq", "ConnectionStrings__redis"];
}
