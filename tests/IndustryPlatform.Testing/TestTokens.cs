using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IndustryPlatform.Testing;

/// <summary>
/// Access tokens for service-level tests, where no gateway runs: signed with a key of the test process, which the
/// service under test is told to trust (Identity:SigningKeyPem), and shaped like the gateway's (client, region, roles).
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://tests.industry-platform.local/";
    public const string Audience = "industry-platform";
    private static readonly RSA Key = RSA.Create(2048);

    public static string PublicKeyPem => Key.ExportSubjectPublicKeyInfoPem();

    /// <summary>The settings a service under test needs to accept these tokens.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> ServiceSettings =>
    [
        new("Identity:Issuer", Issuer),
        new("Identity:SigningKeyPem", PublicKeyPem),
    ];

    public static TestClient City { get; } = new("city-bureau", "huzhou", ["read", "submit", "certify", "admin"]);

    public static TestClient District(string code) => new($"district-{code}", code, ["read", "submit"]);

    public static string Create(TestClient client, TimeSpan? lifetime = null, RSA? signedWith = null, string audience = Audience)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(10));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = client.ClientId,
                ["client_id"] = client.ClientId,
                ["region"] = client.Region,
                ["role"] = client.Roles.ToArray(),
            },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signedWith ?? Key), SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>The principal a validated token of this client becomes, for tests that call use cases without HTTP.</summary>
    public static ClaimsPrincipal Principal(TestClient client)
    {
        var claims = new List<Claim> { new("sub", client.ClientId), new("client_id", client.ClientId), new("region", client.Region) };
        claims.AddRange(client.Roles.Select(r => new Claim("role", r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Bearer", "client_id", "role"));
    }
}

public sealed record TestClient(string ClientId, string Region, IReadOnlyList<string> Roles);
