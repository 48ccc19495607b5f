using Microsoft.Extensions.Configuration;

namespace IndustryPlatform.BuildingBlocks.Security;

/// <summary>
/// Whom a stack's access tokens are for. The AppHost gives each stack its own (Identity:Audience), so a token of one
/// stack is refused by another's services even if both trusted the same issuer and key; without the setting it is
/// <see cref="PlatformClaims.Audience"/>.
/// </summary>
public sealed record PlatformAudience(string Value)
{
    public const string Setting = "Identity:Audience";

    public static PlatformAudience From(IConfiguration configuration) =>
        new(configuration[Setting] is { Length: > 0 } audience ? audience.Trim() : PlatformClaims.Audience);
}
