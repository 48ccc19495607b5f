using k8s.Models;

namespace IndustryPlatform.Infrastructure.Tests.Deploy;

/// <summary>Each check fails when one manifest is broken the way it guards against.</summary>
public sealed class ManifestChecks_CatchBreakage
{
    private static V1Container Gateway(IEnumerable<k8s.IKubernetesObject<V1ObjectMeta>> objects) =>
        ManifestChecks.Deployments(objects).Single(d => d.Metadata.Name == "gateway").Spec.Template.Spec.Containers[0];

    [Fact]
    public void A_readiness_probe_on_another_path_or_an_undeclared_port_is_caught()
    {
        var objects = Manifests.BaseFiles();
        Gateway(objects).ReadinessProbe.HttpGet.Path = "/healthz";
        Gateway(objects).LivenessProbe.HttpGet.Port = "web";

        var problems = ManifestChecks.Probes(objects).ToList();

        Assert.Contains(problems, p => p.Contains("readiness probe on /healthz"));
        Assert.Contains(problems, p => p.Contains("liveness probe on port web"));
    }

    [Fact]
    public void A_container_port_other_than_the_one_kestrel_listens_on_is_caught()
    {
        var objects = Manifests.BaseFiles();
        Gateway(objects).Ports.Single(p => p.Name == "grpc").ContainerPort = 9090;

        Assert.Contains(ManifestChecks.Ports(objects, DeployManifests_Valid.KestrelEndpoints()), p => p.Contains("'grpc' listens at http://+:8081"));
    }

    [Fact]
    public void A_grpc_service_port_without_h2c_is_caught()
    {
        var objects = Manifests.BaseFiles();
        objects.OfType<V1Service>().Single(s => s.Metadata.Name == "projects").Spec.Ports.Single(p => p.Name == "grpc").AppProtocol = null;

        Assert.Contains(ManifestChecks.Ports(objects, DeployManifests_Valid.KestrelEndpoints()), p => p.Contains("Service projects: port grpc"));
    }

    [Fact]
    public void A_container_without_a_memory_limit_is_caught()
    {
        var objects = Manifests.BaseFiles();
        Gateway(objects).Resources.Limits.Remove("memory");

        Assert.Equal(["gateway/gateway: no memory limit"], ManifestChecks.Resources(objects));
    }

    [Fact]
    public void A_service_without_an_autoscaler_or_a_disruption_budget_is_caught()
    {
        var objects = Manifests.BaseFiles()
            .Where(o => !(o is V2HorizontalPodAutoscaler or V1PodDisruptionBudget && o.Metadata.Name == "indicators"))
            .ToList();

        Assert.Equal(["indicators: no HorizontalPodAutoscaler", "indicators: no PodDisruptionBudget selects its pods"], ManifestChecks.Scaling(objects));
    }

    [Fact]
    public void A_secret_with_a_value_is_caught()
    {
        var objects = Manifests.Load("""
            apiVersion: v1
            kind: Secret
            metadata:
              name: gateway-signing-key
            stringData:
              Identity__SigningKeyPem: not-a-key
            """);

        Assert.Single(ManifestChecks.NoLiteralSecrets(objects));
    }

    [Fact]
    public void A_misspelt_field_does_not_parse()
    {
        Assert.ThrowsAny<Exception>(() => Manifests.Load("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: gateway
            spec:
              template:
                spec:
                  containers:
                    - name: gateway
                      readinesProbe: {}
            """));
    }

    [Fact]
    public void A_setting_left_unset_or_an_unmade_secret_or_a_variable_used_before_it_is_set_is_caught()
    {
        if (!Manifests.KubectlAvailable)
        {
            Assert.Skip("kubectl is not on PATH: the prod overlay cannot be rendered.");
        }

        var objects = Manifests.Render("overlays/prod");
        var projects = ManifestChecks.Deployments(objects).Single(d => d.Metadata.Name == "projects").Spec.Template.Spec.Containers[0];
        projects.Env.Remove(projects.Env.Single(e => e.Name == "services__enterprises__grpc__0"));
        var host = projects.Env.Single(e => e.Name == "POSTGRES_HOST");
        projects.Env.Remove(host);
        projects.Env.Add(host);
        Gateway(objects).Env.Single(e => e.Name == "Identity__SigningKeyPem").ValueFrom.SecretKeyRef.Name = "signing-key";

        var problems = ManifestChecks.Settings(objects, ServiceNeeds.Settings).ToList();

        Assert.Contains("projects/projects: services__enterprises__grpc__0 is not set", problems);
        Assert.Contains(problems, p => p.StartsWith("projects/projects: ConnectionStrings__projectsdb uses $(POSTGRES_HOST)"));
        Assert.Contains(problems, p => p.StartsWith("gateway/gateway: Identity__SigningKeyPem from Secret signing-key"));
    }
}
