namespace IndustryPlatform.Gateway.Security;

/// <summary>A district or city system allowed to ask for tokens. Only a hash of its secret is ever held.</summary>
public sealed class RegisteredClient
{
    public string ClientId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The district it speaks for, or the city (huzhou).</summary>
    public string Region { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];

    /// <summary>ASP.NET Core Identity PasswordHasher (v3) hash of the client secret.</summary>
    public string SecretHash { get; set; } = string.Empty;

    /// <summary>Shorter-lived tokens for one client (e.g. a kiosk); the gateway's default otherwise.</summary>
    public int? AccessTokenLifetimeSeconds { get; set; }
}
