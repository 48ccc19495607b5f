using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace IndustryPlatform.BuildingBlocks.Security;

/// <summary>
/// Services accept only the gateway's access tokens, forwarded with the request, and check roles and regions again
/// themselves: a request that reaches a service without passing the gateway meets the same rules.
/// </summary>
public static class PlatformSecurityExtensions
{
    /// <summary>The token issuer: the gateway's public address. Its signing keys are read from its discovery document.</summary>
    public const string IssuerSetting = "Identity:Issuer";

    /// <summary>
    /// Optional PEM public key to trust instead of fetching the issuer's keys (a service that cannot reach the gateway,
    /// and the service-level tests, which sign their own tokens).
    /// </summary>
    public const string SigningKeySetting = "Identity:SigningKeyPem";

    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<CurrentCaller>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, PlatformAuthorizationResultHandler>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IConfiguration>((options, configuration) => Configure(options, configuration));

        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var role in PlatformRoles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Role, role));
        }

        return builder;
    }

    /// <summary>After error handling (so 401/403 are ProblemDetails), before the endpoints.</summary>
    public static WebApplication UsePlatformAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static void Configure(JwtBearerOptions options, IConfiguration configuration)
    {
        var issuer = configuration[IssuerSetting];
        if (string.IsNullOrWhiteSpace(issuer))
        {
            throw new InvalidOperationException(
                $"'{IssuerSetting}' is not configured: set it to the gateway's public address (the AppHost does this).");
        }

        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            // "http://host:5080" and "http://host:5080/" name the same issuer; Uri-based issuers gain the slash.
            ValidIssuers = [issuer.TrimEnd('/'), issuer.TrimEnd('/') + "/"],
            ValidAudience = PlatformAudience.From(configuration).Value,
            NameClaimType = PlatformClaims.ClientId,
            RoleClaimType = PlatformClaims.Role,
            // Tokens live minutes; five minutes of default skew would keep an expired one alive too long.
            ClockSkew = TimeSpan.FromSeconds(30),
        };

        if (configuration[SigningKeySetting] is { Length: > 0 } pem)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            options.TokenValidationParameters.IssuerSigningKey = new RsaSecurityKey(rsa);
            return;
        }

        options.Authority = issuer;
        options.RequireHttpsMetadata = issuer.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }
}
