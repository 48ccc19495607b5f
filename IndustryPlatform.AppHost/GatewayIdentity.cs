using Microsoft.Extensions.Hosting;
using System.Security.Cryptography;

namespace IndustryPlatform.AppHost;

internal static class GatewayIdentity
{
    /// <summary>
    /// Whom this stack's access tokens are for: the "platform-audience" setting (Parameters:platform-audience) when
    /// one is configured, as several AppHost runs of one deployment must agree on it; otherwise one made for this
    /// run, like the signing key, so no two stacks on a machine share an audience.
    /// </summary>
    public static string StackAudience(this IDistributedApplicationBuilder builder) =>
        builder.Configuration["Parameters:platform-audience"] is { Length: > 0 } configured
            ? configured
            : $"industry-platform-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";

    /// <summary>
    /// The key that signs access tokens: the "gateway-signing-key" parameter (a PEM RSA private key) when one is
    /// configured, otherwise a fresh key for this run of the stack — tokens then last until the AppHost stops.
    /// In Development the gateway also accepts the local clients of seeds/clients.development.json, over plain HTTP.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGatewayIdentity(this IResourceBuilder<ProjectResource> gateway, IDistributedApplicationBuilder builder)
    {
        if (builder.Configuration["Parameters:gateway-signing-key"] is { Length: > 0 })
        {
            gateway.WithEnvironment("Identity__SigningKeyPem", builder.AddParameter("gateway-signing-key", secret: true));
        }
        else
        {
            using var key = RSA.Create(2048);
            gateway.WithEnvironment("Identity__SigningKeyPem", key.ExportPkcs8PrivateKeyPem());
        }

        if (builder.Environment.IsDevelopment())
        {
            gateway
                .WithEnvironment("Identity__LoadDevelopmentClients", "true")
                .WithEnvironment("Identity__RequireHttps", "false");
        }

        return gateway;
    }
}
