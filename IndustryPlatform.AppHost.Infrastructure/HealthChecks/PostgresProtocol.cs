using Npgsql;

namespace IndustryPlatform.AppHost.Infrastructure.HealthChecks;

/// <summary>
/// PostgreSQL is ready when a login succeeds and a query runs, in the database the connection string names
/// (or, for a server's connection string, in the <c>postgres</c> database every server has).
/// </summary>
internal static class PostgresProtocol
{
    public static async Task OpenConnectionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresDatabases.OnServer(connectionString)) { Pooling = false, Timeout = 5 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
