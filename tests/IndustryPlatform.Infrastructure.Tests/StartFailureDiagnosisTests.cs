using Aspire.Hosting.ApplicationModel;
using IndustryPlatform.AppHost.Infrastructure.StartUp;

namespace IndustryPlatform.Infrastructure.Tests;

/// <summary>What a server's last lines become on the console: the server, the cause and the fix.</summary>
public sealed class StartFailureDiagnosisTests
{
    private static readonly ExecutableResource Postgres = Server("postgres", "PostgreSQL", "/srv/data/postgres/data", runsAs: "postgres");

    [Fact]
    public void Permission_denied_names_the_user_and_the_folder()
    {
        var message = Explain(Postgres, KnownResourceStates.Finished, 1,
            "2026-12-01 10:00:00.000 UTC [42] FATAL:  could not open file \"global/pg_filenode.map\": Permission denied");

        Assert.StartsWith("PostgreSQL ('postgres') could not start: user 'postgres' may not use its files in /srv/data/postgres/data.", message);
        Assert.Contains("It said: 2026-12-01 10:00:00.000 UTC [42] FATAL:", message);
        Assert.Contains("Fix: make /srv/data/postgres/data and every folder above it reachable by user 'postgres'", message);
    }

    [Fact]
    public void A_damaged_cluster_names_its_folder_and_how_to_start_afresh()
    {
        var message = Explain(Postgres, KnownResourceStates.Finished, 1,
            "LOG:  starting PostgreSQL 15.18", "FATAL:  incorrect checksum in control file");

        Assert.Contains("its data folder /srv/data/postgres/data is damaged, or was written by another version", message);
        Assert.Contains("It said: FATAL:  incorrect checksum in control file", message);
        Assert.Contains("scripts/reset-data", message);
    }

    [Fact]
    public void A_taken_port_is_said_to_be_taken()
    {
        var redis = Server("redis", "Redis", "/srv/data/redis");

        var message = Explain(redis, KnownResourceStates.Finished, 1,
            "Warning: Could not create server TCP listening socket 127.0.0.1:6390: bind: Address already in use");

        Assert.Contains("Redis ('redis') could not start: its port is already in use", message);
    }

    [Fact]
    public void A_program_that_cannot_be_run_points_at_the_installation()
    {
        var message = Explain(Postgres, KnownResourceStates.FailedToStart, null);

        Assert.Contains("its program '/usr/bin/setpriv' could not be run", message);
        Assert.Contains("scripts/install-prerequisites", message);
        Assert.DoesNotContain("It said:", message);
    }

    [Fact]
    public void Anything_else_quotes_the_last_telling_line_and_the_exit_code()
    {
        var service = new ProjectResource("enterprises");

        var message = Explain(service, KnownResourceStates.Finished, 134,
            "info: starting", "Unhandled exception. System.InvalidOperationException: no connection string", "   at Program.Main()");

        Assert.StartsWith("'enterprises' could not start: it exited with code 134 before it became healthy.", message);
        Assert.Contains("It said: Unhandled exception. System.InvalidOperationException: no connection string", message);
    }

    private static string Explain(IResource resource, string state, int? exitCode, params string[] lines) =>
        StartFailureDiagnosis.Explain(resource, new CustomResourceSnapshot
        {
            ResourceType = "Executable",
            Properties = [],
            State = state,
            ExitCode = exitCode,
        }, lines);

    private static ExecutableResource Server(string name, string displayName, string dataFolder, string? runsAs = null)
    {
        var server = new ExecutableResource(name, "/usr/bin/setpriv", "/srv/data");
        server.Annotations.Add(new LocalServerAnnotation(displayName, dataFolder, runsAs));
        return server;
    }
}
