using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;

namespace IndustryPlatform.Gateway.Security;

/// <summary>
/// The clients that may ask for tokens: from configuration (Identity:Clients — production, from secrets), plus, in
/// Development only, the local clients in seeds/clients.development.json.
/// </summary>
public sealed class ClientRegistry
{
    public const string ClientsSection = "Identity:Clients";
    public const string DevelopmentClientsFile = "clients.development.json";

    /// <summary>Loads the development clients outside the Development environment too (the AppHost's local stack and its tests).</summary>
    public const string LoadDevelopmentClientsSetting = "Identity:LoadDevelopmentClients";

    private static readonly PasswordHasher<RegisteredClient> Hasher = new();
    private readonly Dictionary<string, RegisteredClient> _clients;

    public ClientRegistry(IEnumerable<RegisteredClient> clients, IReadOnlySet<string> regions)
    {
        _clients = new Dictionary<string, RegisteredClient>(StringComparer.Ordinal);
        foreach (var client in clients)
        {
            Check(client, regions);
            // Configuration comes after the development file, so a configured client replaces a seeded one.
            _clients[client.ClientId] = client;
        }
    }

    public int Count => _clients.Count;

    public RegisteredClient? Find(string? clientId) =>
        clientId is not null && _clients.TryGetValue(clientId, out var client) ? client : null;

    /// <summary>The client whose id and secret these are, or null (unknown client and wrong secret are not told apart).</summary>
    public RegisteredClient? Authenticate(string? clientId, string? secret)
    {
        if (Find(clientId) is not { } client || string.IsNullOrEmpty(secret))
        {
            return null;
        }

        return Hasher.VerifyHashedPassword(client, client.SecretHash, secret) == PasswordVerificationResult.Failed ? null : client;
    }

    /// <summary>Hash for a new client secret, in the form Identity:Clients:N:SecretHash takes.</summary>
    public static string HashSecret(string secret) => Hasher.HashPassword(new RegisteredClient(), secret);

    public static ClientRegistry Load(IConfiguration configuration, IHostEnvironment environment, SeedFiles seeds)
    {
        var clients = new List<RegisteredClient>();
        if (environment.IsDevelopment() || configuration.GetValue<bool>(LoadDevelopmentClientsSetting))
        {
            clients.AddRange(seeds.Read<DevelopmentClients>(DevelopmentClientsFile).Clients);
        }

        clients.AddRange(configuration.GetSection(ClientsSection).Get<List<RegisteredClient>>() ?? []);
        var regions = seeds.ReadRegions()
            .Where(r => r.Kind == RegionKind.District || r.Code == PlatformClaims.CityRegion)
            .Select(r => r.Code)
            .ToHashSet(StringComparer.Ordinal);
        return new ClientRegistry(clients, regions);
    }

    private static void Check(RegisteredClient client, IReadOnlySet<string> regions)
    {
        var problem = client switch
        {
            { ClientId.Length: 0 } => "has no clientId",
            { SecretHash.Length: 0 } => "has no secretHash",
            _ when !regions.Contains(client.Region) => $"names region '{client.Region}', which is neither the city nor one of its districts",
            _ when client.Roles.Except(PlatformRoles.All).FirstOrDefault() is { } unknown => $"has unknown role '{unknown}'",
            _ => null,
        };
        if (problem is not null)
        {
            throw new InvalidOperationException($"Client '{client.ClientId}' in {ClientsSection} {problem}.");
        }
    }

    private sealed record DevelopmentClients(List<RegisteredClient> Clients);
}
