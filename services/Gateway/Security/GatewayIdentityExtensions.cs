using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Gateway.Security.People;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace IndustryPlatform.Gateway.Security;

public static class GatewayIdentityExtensions
{
    public const string IssuerSetting = PlatformSecurityExtensions.IssuerSetting;

    /// <summary>PEM RSA private key that signs access tokens; every gateway instance must share it.</summary>
    public const string SigningKeySetting = "Identity:SigningKeyPem";

    public const string AccessTokenLifetimeSetting = "Identity:AccessTokenLifetime";
    public const string RefreshTokenLifetimeSetting = "Identity:RefreshTokenLifetime";
    public const string RequireHttpsSetting = "Identity:RequireHttps";

    /// <summary>
    /// OAuth 2.0 client credentials with OpenIddict: /connect/token issues short-lived signed JWTs (not encrypted, so
    /// services verify them with the published keys) carrying the client's region and roles; the gateway validates them
    /// on every proxied request. No database: clients are configuration, so gateway instances stay interchangeable.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayIdentity(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var audience = PlatformAudience.From(configuration);
        builder.Services.AddSingleton(audience);
        builder.Services.AddSingleton(services => ClientRegistry.Load(configuration, builder.Environment, services.GetRequiredService<SeedFiles>()));
        builder.Services.AddSingleton(services => StaffDirectory.Load(configuration, builder.Environment, services.GetRequiredService<SeedFiles>()));
        builder.Services.AddSingleton(new SeedFiles());
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "industry-platform.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        builder.Services.AddOpenIddict()
            .AddServer(options =>
            {
                options.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
                options.SetAuthorizationEndpointUris(AuthorizationEndpoint.Path.TrimStart('/'));
                options.SetEndSessionEndpointUris(AuthorizationEndpoint.EndSessionPath.TrimStart('/'));
                options.AllowClientCredentialsFlow();
                // People sign in to the cockpit: authorization code, always with PKCE.
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                // An application that asked for offline_access keeps a person's session past one access token, for
                // a working day; each refresh reads the person again from the directory.
                options.AllowRefreshTokenFlow();
                // Degraded mode: no token or application store; ValidateTokenRequest and ValidateInteractiveRequests
                // check the callers instead. Codes are self-contained (encrypted), so they are not redeemed only once.
                options.EnableDegradedMode();
                options.DisableScopeValidation();
                options.DisableAccessTokenEncryption();
                options.SetAccessTokenLifetime(configuration.GetValue(AccessTokenLifetimeSetting, TimeSpan.FromMinutes(10)));
                options.SetRefreshTokenLifetime(configuration.GetValue(RefreshTokenLifetimeSetting, TimeSpan.FromHours(8)));
                if (configuration[IssuerSetting] is { Length: > 0 } issuer)
                {
                    options.SetIssuer(new Uri(issuer, UriKind.Absolute));
                }

                AddSigningKey(options, configuration, builder.Environment);
                options.AddEphemeralEncryptionKey();

                var aspNetCore = options.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!configuration.GetValue(RequireHttpsSetting, !builder.Environment.IsDevelopment()))
                {
                    // Local stack and tests are plain HTTP; in production TLS ends in front of the gateway or at Kestrel.
                    aspNetCore.DisableTransportSecurityRequirement();
                }

                options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseSingletonHandler<ValidateTokenRequest>());
                options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseSingletonHandler<ValidateInteractiveRequests>());
                options.AddEventHandler<ValidateEndSessionRequestContext>(handler => handler.UseSingletonHandler<ValidateInteractiveRequests>());
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseAspNetCore();
                options.AddAudiences(audience.Value);
            });

        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme).AddStaffSession();
        return builder;
    }

    private static void AddSigningKey(OpenIddictServerBuilder options, IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration[SigningKeySetting] is { Length: > 0 } pem)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            options.AddSigningKey(new RsaSecurityKey(rsa));
        }
        else if (environment.IsDevelopment())
        {
            // One instance, tokens valid until it restarts; services refetch the published keys when a token's key is new.
            options.AddEphemeralSigningKey();
        }
        else
        {
            throw new InvalidOperationException(
                $"'{SigningKeySetting}' is not configured: gateway instances need one shared RSA key (PEM) to sign access tokens.");
        }
    }
}
