namespace IndustryPlatform.Gateway.Security.People;

/// <summary>
/// An application people sign in to through the gateway (the cockpit): it receives an authorization code at one of its
/// registered redirect addresses and exchanges it, with its own secret and the PKCE verifier, for the person's token.
/// </summary>
public sealed class InteractiveApplication
{
    public string ClientId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>ASP.NET Core Identity PasswordHasher (v3) hash of the application's secret.</summary>
    public string SecretHash { get; set; } = string.Empty;

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];
}
