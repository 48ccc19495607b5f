namespace IndustryPlatform.BuildingBlocks.Security;

/// <summary>The roles a client can be given; each is also the name of the authorization policy that requires it.</summary>
public static class PlatformRoles
{
    /// <summary>Read figures, projects, enterprises, rankings and bulletins.</summary>
    public const string Read = "read";

    /// <summary>Submit figures, register enterprises and projects, record progress.</summary>
    public const string Submit = "submit";

    /// <summary>Propose, certify and revoke honour tiers.</summary>
    public const string Certify = "certify";

    /// <summary>Deactivate enterprises and run the yearly candidate run.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Read, Submit, Certify, Admin];
}
