using System.Security.Cryptography;
using IndustryPlatform.AppHost.Infrastructure.LocalProcesses;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace IndustryPlatform.AppHost;

/// <summary>
/// The cockpit (驾驶舱), the people's web application: on <c>Cockpit:HttpPort</c> (5090 unless configured; a free
/// one in tests). It is registered at the gateway as an interactive application with a secret made for this run —
/// the gateway gets only its hash — and with its own sign-in and sign-out return addresses.
/// </summary>
internal static class Cockpit
{
    public const string ClientId = "cockpit";
    private const string Http = "http";

    public static IResourceBuilder<ProjectResource> AddCockpit(this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> gateway)
    {
        var port = builder.Configuration.GetValue("DcpPublisher:RandomizePorts", false)
            ? FreePort.Pick()
            : builder.Configuration.GetValue("Cockpit:HttpPort", 5090);
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var cockpit = builder.AddProject<Projects.IndustryPlatform_Cockpit>(ClientId, launchProfileName: null)
            .WithHttpEndpoint(name: Http, port: port, targetPort: port, isProxied: false)
            .WithReference(gateway).WaitFor(gateway)
            // The browser is sent to the gateway's public address to sign in, so the cockpit needs that one, not a discovered one.
            .WithEnvironment("Gateway__Authority", gateway.GetEndpoint(Http))
            .WithEnvironment("Gateway__ClientId", ClientId)
            .WithEnvironment("Gateway__ClientSecret", secret)
            .WithHttpHealthCheck("/health", endpointName: Http);

        var address = cockpit.GetEndpoint(Http);
        gateway
            .WithEnvironment("Identity__Applications__0__ClientId", ClientId)
            .WithEnvironment("Identity__Applications__0__DisplayName", "驾驶舱 Cockpit")
            .WithEnvironment("Identity__Applications__0__SecretHash", new PasswordHasher<object>().HashPassword(new object(), secret))
            .WithEnvironment("Identity__Applications__0__RedirectUris__0", ReferenceExpression.Create($"{address}/signin-oidc"))
            .WithEnvironment("Identity__Applications__0__PostLogoutRedirectUris__0", ReferenceExpression.Create($"{address}/signout-callback-oidc"));
        return cockpit;
    }
}
