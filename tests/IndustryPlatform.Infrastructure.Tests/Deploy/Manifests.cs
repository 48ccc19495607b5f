using System.Diagnostics;
using k8s;
using k8s.Models;

namespace IndustryPlatform.Infrastructure.Tests.Deploy;

/// <summary>
/// deploy/ as Kubernetes objects: the base's own files as written, or a kustomization as <c>kubectl kustomize</c>
/// renders it, each document loaded into the client library's typed models (strictly: an unknown field fails).
/// </summary>
public static class Manifests
{
    public static readonly string Root = Path.Combine(StackRun.FindRepositoryRoot(), "deploy");

    public static readonly string[] Kustomizations = ["base", "overlays/dev", "overlays/prod"];

    /// <summary>The operators' resources the overlays use; their specs are the operators' to check, so they are kept as they are.</summary>
    private static readonly Dictionary<string, Type> CustomResources = new()
    {
        ["postgresql.cnpg.io/v1/Cluster"] = typeof(CustomResource),
        ["rabbitmq.com/v1beta1/RabbitmqCluster"] = typeof(CustomResource),
        ["redis.redis.opstreelabs.in/v1beta2/RedisReplication"] = typeof(CustomResource),
        ["redis.redis.opstreelabs.in/v1beta2/RedisSentinel"] = typeof(CustomResource),
        ["external-secrets.io/v1/ExternalSecret"] = typeof(CustomResource),
    };

    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Load(string yaml) =>
        KubernetesYaml.LoadAllFromString(yaml, CustomResources, strict: true).Cast<IKubernetesObject<V1ObjectMeta>>().ToList();

    /// <summary>The base's resource files, loaded without kustomize: these checks need nothing installed.</summary>
    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> BaseFiles() =>
        Directory.GetFiles(Path.Combine(Root, "base"), "*.yaml")
            .Where(file => Path.GetFileName(file) != "kustomization.yaml")
            .SelectMany(file => Load(File.ReadAllText(file)))
            .ToList();

    public static bool KubectlAvailable => FindOnPath("kubectl") is not null;

    /// <summary>
    /// <c>kubectl kustomize</c> of one kustomization, in a copy of deploy/ where the dev overlay's git-ignored secret files
    /// are made by its own make-secrets.sh from placeholder servers — so the script is checked too, and no real secret is read.
    /// </summary>
    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Render(string kustomization)
    {
        var copy = Directory.CreateTempSubdirectory("deploy-render-");
        try
        {
            CopyDirectory(Root, copy.FullName);
            Run("bash", [Path.Combine(copy.FullName, "overlays/dev/make-secrets.sh")], new Dictionary<string, string>
            {
                ["POSTGRES_HOST"] = "postgres.example",
                ["POSTGRES_USER"] = "platform",
                ["POSTGRES_PASSWORD"] = "placeholder",
                ["RABBITMQ_URL"] = "amqp://platform:placeholder@rabbitmq.example:5672",
                ["REDIS"] = "redis.example:6379",
                ["STAFF_USER"] = "placeholder-person",
                ["STAFF_PASSWORD"] = "placeholder",
            });
            return Load(Run("kubectl", ["kustomize", Path.Combine(copy.FullName, kustomization)]));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    private static string Run(string program, string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} took over a minute.");
        }

        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors.Result}");
    }

    /// <summary>Everything but an operator's own secrets/ folders, which the copy gets from make-secrets.sh instead.</summary>
    private static void CopyDirectory(string from, string to)
    {
        bool Kept(string path) => !Path.GetRelativePath(from, path).Split(Path.DirectorySeparatorChar).Contains("secrets");
        foreach (var folder in Directory.GetDirectories(from, "*", SearchOption.AllDirectories).Where(Kept))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Where(Kept))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}

/// <summary>An operator's resource: its kind and name are checked here, its spec by the operator that reads it.</summary>
public sealed class CustomResource : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = "";

    public string Kind { get; set; } = "";

    public V1ObjectMeta Metadata { get; set; } = new();

    public Dictionary<object, object>? Spec { get; set; }
}
