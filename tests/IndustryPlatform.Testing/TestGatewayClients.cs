using System.Buffers.Binary;
using System.Security.Cryptography;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace IndustryPlatform.Testing;

/// <summary>
/// Clients the end-to-end tests register at the gateway on top of the development ones, through configuration as a
/// production client would be: one whose tokens expire in seconds, one with a tiny rate limit, and a district system
/// given the admin role (which no development district has), to show that the region rule, not the role, keeps a
/// district out of the city's plan.
/// </summary>
public static class TestGatewayClients
{
    public const string ShortLived = "e2e-short-lived";
    public const string Throttled = "e2e-throttled";
    public const string Secret = "e2e-secret-not-for-production";

    /// <summary>Anji's system with the admin role; its secret is the development one (PlatformFixture.DevelopmentSecret).</summary>
    public const string DistrictAdmin = "e2e-district-admin";
    public const int ShortLivedSeconds = 2;
    public const int ThrottledPermits = 5;

    public static void Register(IDistributedApplicationTestingBuilder builder)
    {
        var gateway = builder.CreateResourceBuilder<ProjectResource>(PlatformFixture.Gateway);
        var hash = HashV3(Secret);
        gateway
            // The suite's own traffic must not meet the default limit on a fast machine; the throttled client keeps its own.
            .WithEnvironment("Limits__PermitsPerWindow", "1000000")
            .WithEnvironment("Identity__Clients__0__ClientId", ShortLived)
            .WithEnvironment("Identity__Clients__0__Region", "wuxing")
            .WithEnvironment("Identity__Clients__0__Roles__0", "read")
            .WithEnvironment("Identity__Clients__0__SecretHash", hash)
            .WithEnvironment("Identity__Clients__0__AccessTokenLifetimeSeconds", ShortLivedSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Identity__Clients__1__ClientId", Throttled)
            .WithEnvironment("Identity__Clients__1__Region", "nanxun")
            .WithEnvironment("Identity__Clients__1__Roles__0", "read")
            .WithEnvironment("Identity__Clients__1__SecretHash", hash)
            .WithEnvironment("Identity__Clients__2__ClientId", DistrictAdmin)
            .WithEnvironment("Identity__Clients__2__Region", "anji")
            .WithEnvironment("Identity__Clients__2__Roles__0", "read")
            .WithEnvironment("Identity__Clients__2__Roles__1", "admin")
            .WithEnvironment("Identity__Clients__2__SecretHash", HashV3(PlatformFixture.DevelopmentSecret(DistrictAdmin)))
            .WithEnvironment($"Limits__Clients__{Throttled}", ThrottledPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The ASP.NET Core Identity v3 hash format the gateway verifies (PBKDF2-HMAC-SHA512).</summary>
    public static string HashV3(string secret, int iterations = 100_000)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var subkey = Rfc2898DeriveBytes.Pbkdf2(secret, salt, iterations, HashAlgorithmName.SHA512, 32);
        var output = new byte[13 + salt.Length + subkey.Length];
        output[0] = 0x01;
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(1), 2);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(5), (uint)iterations);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(9), (uint)salt.Length);
        salt.CopyTo(output, 13);
        subkey.CopyTo(output, 13 + salt.Length);
        return Convert.ToBase64String(output);
    }
}
