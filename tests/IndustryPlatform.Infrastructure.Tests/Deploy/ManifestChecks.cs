using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using k8s;
using k8s.Models;

namespace IndustryPlatform.Infrastructure.Tests.Deploy;

/// <summary>Each check lists what is wrong with a set of objects; none means it holds.</summary>
public static partial class ManifestChecks
{
    /// <summary>The Secrets the operators write in the prod overlay (CloudNativePG, the RabbitMQ Cluster Operator) and the keys used of them.</summary>
    private static readonly Dictionary<string, string[]> OperatorSecrets = new()
    {
        ["enterprises-db-app"] = ["host", "username", "password"],
        ["projects-db-app"] = ["host", "username", "password"],
        ["indicators-db-app"] = ["host", "username", "password"],
        ["platform-rabbitmq-default-user"] = ["host", "username", "password"],
    };

    private static readonly string[] Quantities = ["cpu", "memory"];

    public static IEnumerable<V1Deployment> Deployments(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects) => objects.OfType<V1Deployment>();

    private static IEnumerable<(V1Deployment Deployment, V1Container Container)> Containers(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects) =>
        Deployments(objects).SelectMany(d => d.Spec.Template.Spec.Containers.Concat(d.Spec.Template.Spec.InitContainers ?? []).Select(c => (d, c)));

    /// <summary>Readiness on /health and liveness on /alive (ServiceDefaults), each on a port the container declares.</summary>
    public static IEnumerable<string> Probes(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects)
    {
        foreach (var (deployment, container) in Containers(objects))
        {
            var where = $"{deployment.Metadata.Name}/{container.Name}";
            foreach (var (kind, probe, path) in new[] { ("readiness", container.ReadinessProbe, "/health"), ("liveness", container.LivenessProbe, "/alive") })
            {
                if (probe?.HttpGet is not { } get)
                {
                    yield return $"{where}: no HTTP {kind} probe";
                    continue;
                }

                if (get.Path != path)
                {
                    yield return $"{where}: {kind} probe on {get.Path}, not {path}";
                }
            }

            foreach (var (kind, probe) in new[] { ("readiness", container.ReadinessProbe), ("liveness", container.LivenessProbe), ("startup", container.StartupProbe) })
            {
                if (probe?.HttpGet?.Port is { } port && !Declares(container, port.Value))
                {
                    yield return $"{where}: {kind} probe on port {port.Value}, which the container does not declare";
                }
            }
        }
    }

    /// <summary>
    /// The ports the service listens on: every Kestrel endpoint of its appsettings.json gets an address on a container
    /// port of the same name and number (the cockpit, without Kestrel endpoints, listens on ASPNETCORE_HTTP_PORTS);
    /// Services point at declared ports, and the gRPC ones say h2c.
    /// </summary>
    public static IEnumerable<string> Ports(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects, IReadOnlyDictionary<string, IReadOnlyList<string>> kestrelEndpoints)
    {
        var list = objects.ToList();
        foreach (var (deployment, container) in Containers(list))
        {
            var where = $"{deployment.Metadata.Name}/{container.Name}";
            var endpoints = kestrelEndpoints.TryGetValue(deployment.Metadata.Name, out var declared) ? declared : [];
            foreach (var endpoint in endpoints)
            {
                var url = container.Env?.FirstOrDefault(e => e.Name == $"Kestrel__Endpoints__{endpoint}__Url")?.Value;
                var port = container.Ports?.FirstOrDefault(p => p.Name == endpoint);
                if (url is null || port is null)
                {
                    yield return $"{where}: Kestrel endpoint '{endpoint}' has {(url is null ? "no address" : "no container port of its name")}";
                }
                else if (!url.EndsWith($":{port.ContainerPort}", StringComparison.Ordinal))
                {
                    yield return $"{where}: Kestrel endpoint '{endpoint}' listens at {url}, the container port '{endpoint}' is {port.ContainerPort}";
                }
            }

            if (endpoints.Count == 0)
            {
                var httpPorts = container.Env?.FirstOrDefault(e => e.Name == "ASPNETCORE_HTTP_PORTS")?.Value;
                if (httpPorts is null || container.Ports?.FirstOrDefault(p => p.Name == "http")?.ContainerPort.ToString() != httpPorts)
                {
                    yield return $"{where}: ASPNETCORE_HTTP_PORTS ({httpPorts ?? "unset"}) is not the container port 'http'";
                }
            }
        }

        foreach (var service in list.OfType<V1Service>())
        {
            var pods = Deployments(list).Where(d => Selects(service.Spec.Selector, d.Spec.Template.Metadata.Labels)).ToList();
            if (pods.Count == 0)
            {
                yield return $"Service {service.Metadata.Name}: selects no Deployment's pods";
            }

            foreach (var port in service.Spec.Ports)
            {
                if (pods.Any(d => !d.Spec.Template.Spec.Containers.Any(c => Declares(c, port.TargetPort?.Value ?? port.Port.ToString()))))
                {
                    yield return $"Service {service.Metadata.Name}: port {port.Name} targets {port.TargetPort?.Value}, which its pods do not declare";
                }

                if (port.Name == "grpc" && port.AppProtocol != "kubernetes.io/h2c")
                {
                    yield return $"Service {service.Metadata.Name}: port grpc is HTTP/2 without TLS, so appProtocol must be kubernetes.io/h2c";
                }
            }
        }

        foreach (var ingress in list.OfType<V1Ingress>())
        {
            foreach (var backend in ingress.Spec.Rules.SelectMany(r => r.Http.Paths).Select(p => p.Backend.Service))
            {
                var service = list.OfType<V1Service>().FirstOrDefault(s => s.Metadata.Name == backend.Name);
                if (service is null || !service.Spec.Ports.Any(p => p.Name == backend.Port.Name || p.Port == backend.Port.Number))
                {
                    yield return $"Ingress {ingress.Metadata.Name}: backend {backend.Name}:{backend.Port.Name ?? backend.Port.Number?.ToString()} is no Service port";
                }
            }
        }
    }

    /// <summary>
    /// Every setting a service needs comes from its env or envFrom: a value, a key of a ConfigMap or Secret of this
    /// rendering (or of an ExternalSecret's target, or an operator's Secret), and every $(NAME) in a value names an
    /// earlier variable. A reference to a ConfigMap or Secret nobody makes is a problem too.
    /// </summary>
    public static IEnumerable<string> Settings(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects, IReadOnlyDictionary<string, string[]> needs)
    {
        var list = objects.ToList();
        var configMaps = list.OfType<V1ConfigMap>().ToDictionary(c => c.Metadata.Name, c => (IEnumerable<string>)(c.Data?.Keys ?? []));
        var secrets = list.OfType<V1Secret>().ToDictionary(s => s.Metadata.Name, s => (IEnumerable<string>)[.. s.Data?.Keys ?? [], .. s.StringData?.Keys ?? []]);
        foreach (var external in list.OfType<CustomResource>().Where(r => r.Kind == "ExternalSecret"))
        {
            secrets[TargetName(external)] = ExternalKeys(external);
        }

        foreach (var (name, keys) in OperatorSecrets)
        {
            secrets.TryAdd(name, keys);
        }

        foreach (var (deployment, container) in Containers(list))
        {
            var where = $"{deployment.Metadata.Name}/{container.Name}";
            var set = new HashSet<string>();
            foreach (var source in container.EnvFrom ?? [])
            {
                var (kind, name, known) = source.ConfigMapRef is { } map
                    ? ("ConfigMap", map.Name, configMaps)
                    : ("Secret", source.SecretRef.Name, secrets);
                if (known.TryGetValue(name, out var keys))
                {
                    set.UnionWith(keys);
                }
                else
                {
                    yield return $"{where}: envFrom {kind} {name}, which nothing makes";
                }
            }

            foreach (var variable in container.Env ?? [])
            {
                foreach (Match reference in VariableReference().Matches(variable.Value ?? ""))
                {
                    if (!set.Contains(reference.Groups[1].Value))
                    {
                        yield return $"{where}: {variable.Name} uses $({reference.Groups[1].Value}), which is not set before it";
                    }
                }

                if (variable.ValueFrom?.SecretKeyRef is { } secretKey
                    && !(secrets.TryGetValue(secretKey.Name, out var keys) && keys.Contains(secretKey.Key)))
                {
                    yield return $"{where}: {variable.Name} from Secret {secretKey.Name} key {secretKey.Key}, which nothing makes";
                }

                if (variable.ValueFrom?.ConfigMapKeyRef is { } mapKey
                    && !(configMaps.TryGetValue(mapKey.Name, out var mapKeys) && mapKeys.Contains(mapKey.Key)))
                {
                    yield return $"{where}: {variable.Name} from ConfigMap {mapKey.Name} key {mapKey.Key}, which nothing makes";
                }

                set.Add(variable.Name);
            }

            foreach (var needed in needs.TryGetValue(deployment.Metadata.Name, out var wanted) ? wanted : [$"(a service deploy/ should not have: {deployment.Metadata.Name})"])
            {
                if (!set.Contains(needed))
                {
                    yield return $"{where}: {needed} is not set";
                }
            }
        }
    }

    /// <summary>Requests and limits of CPU and memory on every container.</summary>
    public static IEnumerable<string> Resources(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects)
    {
        foreach (var (deployment, container) in Containers(objects))
        {
            foreach (var quantity in Quantities)
            {
                if (container.Resources?.Requests?.ContainsKey(quantity) != true)
                {
                    yield return $"{deployment.Metadata.Name}/{container.Name}: no {quantity} request";
                }

                if (container.Resources?.Limits?.ContainsKey(quantity) != true)
                {
                    yield return $"{deployment.Metadata.Name}/{container.Name}: no {quantity} limit";
                }
            }
        }
    }

    /// <summary>Each Deployment (every one is stateless) has an autoscaler and a disruption budget of its own.</summary>
    public static IEnumerable<string> Scaling(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects)
    {
        var list = objects.ToList();
        foreach (var deployment in Deployments(list))
        {
            var name = deployment.Metadata.Name;
            if (!list.OfType<V2HorizontalPodAutoscaler>().Any(h => h.Spec.ScaleTargetRef.Kind == "Deployment" && h.Spec.ScaleTargetRef.Name == name))
            {
                yield return $"{name}: no HorizontalPodAutoscaler";
            }

            if (!list.OfType<V1PodDisruptionBudget>().Any(b => b.Spec.Selector?.MatchLabels is { } labels && Selects(labels, deployment.Spec.Template.Metadata.Labels)))
            {
                yield return $"{name}: no PodDisruptionBudget selects its pods";
            }
        }
    }

    /// <summary>No Secret with a value is written in deploy/: the repository holds references and generators of git-ignored files.</summary>
    public static IEnumerable<string> NoLiteralSecrets(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects) =>
        objects.OfType<V1Secret>()
            .Where(s => s.Data?.Count > 0 || s.StringData?.Count > 0)
            .Select(s => $"Secret {s.Metadata.Name} holds {string.Join(", ", [.. s.Data?.Keys ?? [], .. s.StringData?.Keys ?? []])} in the repository");

    private static bool Declares(V1Container container, string port) =>
        container.Ports?.Any(p => p.Name == port || p.ContainerPort.ToString() == port) == true;

    private static bool Selects(IDictionary<string, string>? selector, IDictionary<string, string>? labels) =>
        selector is { Count: > 0 } && labels is not null && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);

    private static string TargetName(CustomResource external) =>
        Node(external.Spec)?["target"]?["name"]?.GetValue<string>() ?? external.Metadata.Name;

    private static IEnumerable<string> ExternalKeys(CustomResource external) =>
        Node(external.Spec)?["data"]?.AsArray().Select(d => d!["secretKey"]!.GetValue<string>()).ToList() ?? [];

    private static JsonNode? Node(object? yaml) => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Plain(yaml)));

    /// <summary>YamlDotNet's untyped mappings (object keys) as JSON-serialisable dictionaries.</summary>
    private static object? Plain(object? yaml) => yaml switch
    {
        IDictionary<object, object> map => map.ToDictionary(e => e.Key.ToString()!, e => Plain(e.Value)),
        IList<object> items => items.Select(Plain).ToList(),
        _ => yaml,
    };

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex VariableReference();
}
