using IndustryPlatform.Gateway.Security;

namespace IndustryPlatform.Gateway.Tests;

public sealed class ClientRegistryTests
{
    private static readonly HashSet<string> Regions = ["huzhou", "wuxing", "anji"];

    private static RegisteredClient Client(string id = "district-wuxing", string region = "wuxing", string secret = "s3cret", params string[] roles) => new()
    {
        ClientId = id,
        Region = region,
        Roles = roles.Length == 0 ? ["read", "submit"] : [.. roles],
        SecretHash = ClientRegistry.HashSecret(secret),
    };

    [Fact]
    public void A_client_is_known_by_its_id_and_secret_and_by_nothing_else()
    {
        var registry = new ClientRegistry([Client()], Regions);

        Assert.NotNull(registry.Authenticate("district-wuxing", "s3cret"));
        Assert.Null(registry.Authenticate("district-wuxing", "S3cret"));
        Assert.Null(registry.Authenticate("district-wuxing", ""));
        Assert.Null(registry.Authenticate("district-anji", "s3cret"));
        Assert.Null(registry.Authenticate(null, "s3cret"));
    }

    [Fact]
    public void Only_the_hash_of_a_secret_is_held()
    {
        var client = Client(secret: "dev-secret-x");

        Assert.DoesNotContain("dev-secret-x", client.SecretHash);
        Assert.NotEqual(client.SecretHash, ClientRegistry.HashSecret("dev-secret-x"));
    }

    [Fact]
    public void A_configured_client_replaces_a_development_client_of_the_same_id()
    {
        var registry = new ClientRegistry([Client(secret: "old"), Client(secret: "new")], Regions);

        Assert.Equal(1, registry.Count);
        Assert.NotNull(registry.Authenticate("district-wuxing", "new"));
        Assert.Null(registry.Authenticate("district-wuxing", "old"));
    }

    [Theory]
    [InlineData("", "wuxing", "read", "has no clientId")]
    [InlineData("x", "hangzhou", "read", "region 'hangzhou'")]
    [InlineData("x", "wuxing", "superuser", "unknown role 'superuser'")]
    public void A_misconfigured_client_stops_the_gateway_naming_what_is_wrong(string id, string region, string role, string expected)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new ClientRegistry([Client(id, region, "s", role)], Regions));

        Assert.Contains(expected, refused.Message);
    }

    [Fact]
    public void The_development_clients_in_seeds_open_with_the_secrets_the_readme_gives()
    {
        var registry = ClientRegistry.Load(
            new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(),
            new DevelopmentEnvironment(),
            new IndustryPlatform.BuildingBlocks.Data.SeedFiles());

        foreach (var id in new[] { "city-bureau", "city-reader", "district-wuxing", "district-nanxun", "district-deqing", "district-changxing", "district-anji", "district-nantaihu" })
        {
            var client = registry.Authenticate(id, $"dev-secret-{id}");
            Assert.NotNull(client);
            Assert.Equal(id.StartsWith("city-", StringComparison.Ordinal) ? "huzhou" : id["district-".Length..], client.Region);
        }
    }

    private sealed class DevelopmentEnvironment : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";

        public string ApplicationName { get; set; } = "IndustryPlatform.Gateway";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
