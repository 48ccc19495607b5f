using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;

namespace IndustryPlatform.Gateway.Security.People;

/// <summary>
/// The people who may sign in, and the applications they sign in to: from configuration (Identity:Users,
/// Identity:Applications — production, from secrets), plus, where the development clients load, the local users of
/// seeds/users.development.json.
/// </summary>
public sealed class StaffDirectory
{
    public const string UsersSection = "Identity:Users";
    public const string ApplicationsSection = "Identity:Applications";
    public const string DevelopmentUsersFile = "users.development.json";

    private static readonly PasswordHasher<object> Hasher = new();
    private readonly Dictionary<string, StaffMember> _members = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, InteractiveApplication> _applications = new(StringComparer.Ordinal);

    public StaffDirectory(IEnumerable<StaffMember> members, IEnumerable<InteractiveApplication> applications, IReadOnlySet<string> regions)
    {
        foreach (var member in members)
        {
            if (Problem(member, regions) is { } problem)
            {
                throw new InvalidOperationException($"User '{member.UserName}' in {UsersSection} {problem}.");
            }

            _members[member.UserName] = member;
        }

        foreach (var application in applications)
        {
            _applications[application.ClientId] = application;
        }
    }

    public StaffMember? Find(string? userName) =>
        userName is not null && _members.TryGetValue(userName, out var member) ? member : null;

    public InteractiveApplication? FindApplication(string? clientId) =>
        clientId is not null && _applications.TryGetValue(clientId, out var application) ? application : null;

    public bool IsPostLogoutAddress(string address) =>
        _applications.Values.Any(a => a.PostLogoutRedirectUris.Contains(address, StringComparer.Ordinal));

    /// <summary>The person whose name and password these are, or null (unknown name and wrong password are not told apart).</summary>
    public StaffMember? SignIn(string? userName, string? password) =>
        Find(userName) is { } member && Verifies(member.PasswordHash, password) ? member : null;

    public InteractiveApplication? AuthenticateApplication(string? clientId, string? secret) =>
        FindApplication(clientId) is { } application && Verifies(application.SecretHash, secret) ? application : null;

    public static string HashPassword(string password) => Hasher.HashPassword(new object(), password);

    private static bool Verifies(string hash, string? given) =>
        !string.IsNullOrEmpty(given) && hash.Length > 0
        && Hasher.VerifyHashedPassword(new object(), hash, given) != PasswordVerificationResult.Failed;

    public static StaffDirectory Load(IConfiguration configuration, IHostEnvironment environment, SeedFiles seeds)
    {
        var members = new List<StaffMember>();
        if (environment.IsDevelopment() || configuration.GetValue<bool>(ClientRegistry.LoadDevelopmentClientsSetting))
        {
            members.AddRange(seeds.Read<DevelopmentUsers>(DevelopmentUsersFile).Users);
        }

        // Configuration comes after the development file, so a configured user replaces a seeded one.
        members.AddRange(configuration.GetSection(UsersSection).Get<List<StaffMember>>() ?? []);
        var applications = configuration.GetSection(ApplicationsSection).Get<List<InteractiveApplication>>() ?? [];
        var regions = seeds.ReadRegions()
            .Where(r => r.Kind == RegionKind.District || r.Code == PlatformClaims.CityRegion)
            .Select(r => r.Code)
            .ToHashSet(StringComparer.Ordinal);
        return new StaffDirectory(members, applications, regions);
    }

    private static string? Problem(StaffMember member, IReadOnlySet<string> regions)
    {
        if (member.UserName.Length == 0 || member.PasswordHash.Length == 0)
        {
            return "has no userName or no passwordHash";
        }

        if (!regions.Contains(member.Region))
        {
            return $"names region '{member.Region}', which is neither the city nor one of its districts";
        }

        var unknown = member.Roles.Except(PlatformRoles.All).FirstOrDefault();
        return unknown is null ? null : $"has unknown role '{unknown}'";
    }

    private sealed record DevelopmentUsers(List<StaffMember> Users);
}
