namespace IndustryPlatform.Gateway.Security.People;

/// <summary>A person of the city or a district bureau who signs in to the cockpit. Only a hash of the password is held.</summary>
public sealed class StaffMember
{
    public string UserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The district the person works for, or the city (huzhou) — the same region a client's token carries.</summary>
    public string Region { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];

    /// <summary>ASP.NET Core Identity PasswordHasher (v3) hash, as for the clients' secrets.</summary>
    public string PasswordHash { get; set; } = string.Empty;
}
