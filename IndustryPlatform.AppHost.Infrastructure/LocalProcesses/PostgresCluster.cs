namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>The data folder of a local PostgreSQL server and how the server is started on it.</summary>
internal sealed class PostgresCluster(LocalBinaries binaries, string folder, string password)
{
    public string DataDirectory { get; } = Path.Combine(folder, "data");

    /// <summary>Runs initdb the first time (about a second); later starts find the cluster in place.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await PostgresUser.GiveAsync(folder, cancellationToken);
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }

        // A half-made cluster from an interrupted initdb would make initdb refuse.
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        var passwordFile = Path.Combine(folder, "initdb-password");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        try
        {
            await PostgresUser.GiveAsync(passwordFile, cancellationToken);
            await PostgresUser.RunAsync(binaries.InitDb,
            [
                "--pgdata", DataDirectory, "--username", LocalPostgresServerResource.UserName, "--pwfile", passwordFile,
                "--auth", "scram-sha-256", "--encoding", "UTF8", "--no-locale", "--no-sync",
            ], cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    public string[] ServerArguments(int port, bool ephemeral) =>
    [
        "-D", DataDirectory, "-p", port.ToString(),
        "-c", "listen_addresses=127.0.0.1",
        "-c", "unix_socket_directories=",
        "-c", "max_connections=300",
        // Throw-away data need not survive a power cut; this makes test databases much faster to create and fill.
        .. ephemeral ? (string[])["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : [],
    ];
}
