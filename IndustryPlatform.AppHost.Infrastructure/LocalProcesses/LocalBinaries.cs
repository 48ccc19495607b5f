namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>Where Debian's server packages put their programs (postgresql, rabbitmq-server, redis-server).</summary>
internal sealed record LocalBinaries(string Postgres, string InitDb, string RabbitMqServer, string Epmd, string RedisServer)
{
    /// <summary>Drops root for PostgreSQL, which refuses to run as root.</summary>
    public const string SetPriv = "/usr/bin/setpriv";

    public static LocalBinaries Find() =>
        TryFind(out var binaries, out var missing)
            ? binaries
            : throw new DistributedApplicationException(
                $"Infrastructure:Mode LocalProcesses needs {string.Join(", ", missing)}.{InfrastructureModeChoice.InstallHint}");

    public static bool TryFind(out LocalBinaries binaries, out IReadOnlyList<string> missing)
    {
        var postgresBin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")) && File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        var rabbitMq = FirstExisting("/usr/lib/rabbitmq/bin/rabbitmq-server");
        var epmd = FirstExisting("/usr/bin/epmd", "/usr/lib/erlang/bin/epmd");
        var redis = FirstExisting("/usr/bin/redis-server", "/usr/local/bin/redis-server");

        var absent = new List<string>();
        if (postgresBin is null) absent.Add("PostgreSQL (package postgresql)");
        if (rabbitMq is null || epmd is null) absent.Add("RabbitMQ (package rabbitmq-server)");
        if (redis is null) absent.Add("Redis (package redis-server)");
        if (RunningAsRoot && !File.Exists(SetPriv)) absent.Add("setpriv (package util-linux)");

        missing = absent;
        binaries = absent.Count == 0
            ? new LocalBinaries(Path.Combine(postgresBin!, "postgres"), Path.Combine(postgresBin!, "initdb"), rabbitMq!, epmd!, redis!)
            : null!;
        return absent.Count == 0;
    }

    public static bool RunningAsRoot => Environment.UserName == "root";

    private static string? FirstExisting(params string[] paths) => paths.FirstOrDefault(File.Exists);
}
