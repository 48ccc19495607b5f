using Npgsql;

namespace IndustryPlatform.AppHost.Infrastructure;

/// <summary>Creates databases on a PostgreSQL server (the AppHost for its own, tests for fresh ones).</summary>
public static class PostgresDatabases
{
    public static async Task CreateMissingAsync(string serverConnectionString, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        // Not pooled: a pooled connection would outlive a restart of the server and fail on first use after it.
        var unpooled = new NpgsqlConnectionStringBuilder(OnServer(serverConnectionString)) { Pooling = false };
        await using var connection = new NpgsqlConnection(unpooled.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var name in names)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            {
                continue;
            }

            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Created by someone else between the two statements.
            }
        }
    }

    /// <summary>
    /// A server's connection string names no database, and Npgsql would then pick one named after the user, which
    /// need not exist; the <c>postgres</c> database always does.
    /// </summary>
    internal static string OnServer(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Database ??= "postgres";
        return builder.ConnectionString;
    }
}
