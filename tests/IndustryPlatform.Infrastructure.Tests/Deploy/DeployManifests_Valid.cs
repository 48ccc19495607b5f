using System.Diagnostics;
using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using YamlDotNet.Serialization;

namespace IndustryPlatform.Infrastructure.Tests.Deploy;

/// <summary>
/// deploy/ checked offline: the base as written, then the base and each overlay as kustomize renders them, loaded into
/// the Kubernetes object model and held against what the services really read and serve.
/// </summary>
public sealed class DeployManifests_Valid
{
    public static TheoryData<string> Kustomizations => new(Manifests.Kustomizations);

    /// <summary>Kestrel's endpoints as each service's appsettings.json declares them (the cockpit declares none).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> KestrelEndpoints() =>
        new[] { "Enterprises", "Projects", "Indicators", "Gateway", "Cockpit" }.ToDictionary(
            service => service.ToLowerInvariant(),
            service => (IReadOnlyList<string>)(JsonNode.Parse(File.ReadAllText(Path.Combine(StackRun.FindRepositoryRoot(), "services", service, "appsettings.json")))
                ?["Kestrel"]?["Endpoints"]?.AsObject().Select(e => e.Key).ToList() ?? []));

    [Fact]
    public void The_base_files_parse_and_their_probes_ports_resources_and_scaling_hold()
    {
        var objects = Manifests.BaseFiles();

        Assert.Equal(["cockpit", "enterprises", "gateway", "indicators", "projects"], ManifestChecks.Deployments(objects).Select(d => d.Metadata.Name).Order());
        Assert.Empty(ManifestChecks.Probes(objects));
        Assert.Empty(ManifestChecks.Ports(objects, KestrelEndpoints()));
        Assert.Empty(ManifestChecks.Resources(objects));
        Assert.Empty(ManifestChecks.Scaling(objects));
        Assert.Empty(ManifestChecks.NoLiteralSecrets(objects));
    }

    [Fact]
    public void The_appsettings_endpoints_are_the_ones_deploy_gives_addresses()
    {
        foreach (var (service, endpoints) in KestrelEndpoints().Where(e => e.Key != "cockpit"))
        {
            Assert.Equal(ServiceNeeds.KestrelEndpoints.Keys.Order(), endpoints.Order());
        }
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Each_rendering_parses_and_every_check_holds(string kustomization)
    {
        SkipWithoutKubectl();
        var objects = Manifests.Render(kustomization);

        Assert.Equal(5, ManifestChecks.Deployments(objects).Count());
        Assert.Empty(ManifestChecks.Probes(objects));
        Assert.Empty(ManifestChecks.Ports(objects, KestrelEndpoints()));
        Assert.Empty(ManifestChecks.Resources(objects));
        Assert.Empty(ManifestChecks.Scaling(objects));
        if (kustomization != "base")
        {
            // The base only names its Secrets; each overlay says where they come from.
            Assert.Empty(ManifestChecks.Settings(objects, ServiceNeeds.Settings));
        }
    }

    [Fact]
    public void Production_uses_quorum_queues_and_the_operators_and_development_keeps_classic_queues()
    {
        SkipWithoutKubectl();
        var prod = Manifests.Render("overlays/prod");
        var dev = Manifests.Render("overlays/dev");

        Assert.Equal("true", PlatformSetting(prod, "Messaging__QuorumQueues"));
        Assert.Equal("false", PlatformSetting(dev, "Messaging__QuorumQueues"));
        Assert.Equal(
            ["Cluster", "Cluster", "Cluster", "RabbitmqCluster", "RedisReplication", "RedisSentinel"],
            prod.OfType<CustomResource>().Where(r => r.Kind != "ExternalSecret").Select(r => r.Kind).Order());
        Assert.All(ManifestChecks.Deployments(prod), d => Assert.True(d.Spec.Replicas >= 2, $"{d.Metadata.Name} runs one replica"));
        Assert.Empty(prod.OfType<V1Secret>());
    }

    /// <summary>
    /// No Secret is written in deploy/, no generator takes a literal, and every file a generator reads is git-ignored:
    /// the repository holds where the values come from, never a value.
    /// </summary>
    [Fact]
    public void No_secret_value_is_in_the_repository()
    {
        var files = Directory.GetFiles(Manifests.Root, "*.yaml", SearchOption.AllDirectories).Where(IsTracked).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files.Where(f => Path.GetFileName(f) != "kustomization.yaml"))
        {
            Assert.Empty(ManifestChecks.NoLiteralSecrets(Manifests.Load(File.ReadAllText(file))));
        }

        foreach (var file in files.Where(f => Path.GetFileName(f) == "kustomization.yaml"))
        {
            var kustomization = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(File.ReadAllText(file));
            foreach (var generator in (kustomization.GetValueOrDefault("secretGenerator") as List<object> ?? []).Cast<Dictionary<object, object>>())
            {
                Assert.False(generator.ContainsKey("literals"), $"{file}: secretGenerator {generator["name"]} has literals");
                var sources = new[] { "files", "envs" }.SelectMany(key => generator.GetValueOrDefault(key) as List<object> ?? [])
                    .Select(source => source.ToString()!.Split('=').Last());
                Assert.All(sources, source => Assert.False(
                    IsTracked(Path.Combine(Path.GetDirectoryName(file)!, source)) || !IsIgnored(Path.Combine(Path.GetDirectoryName(file)!, source)),
                    $"{file}: secretGenerator {generator["name"]} reads {source}, which git does not ignore"));
            }
        }
    }

    private static string? PlatformSetting(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects, string key) =>
        objects.OfType<V1ConfigMap>().Single(c => c.Metadata.Name.StartsWith("platform-settings", StringComparison.Ordinal)).Data.TryGetValue(key, out var value) ? value : null;

    private static void SkipWithoutKubectl()
    {
        if (!Manifests.KubectlAvailable)
        {
            Assert.Skip("kubectl is not on PATH: the overlays cannot be rendered (kubectl kustomize); the base's own files were checked.");
        }
    }

    private static bool IsTracked(string path) => Git("ls-files", "--error-unmatch", path) == 0;

    private static bool IsIgnored(string path) => Git("check-ignore", "-q", "--no-index", path) == 0;

    private static int Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Manifests.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
