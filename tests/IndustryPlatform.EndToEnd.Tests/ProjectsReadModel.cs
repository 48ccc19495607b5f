using Npgsql;

namespace IndustryPlatform.EndToEnd.Tests;

/// <summary>Looks into the Projects service's own database, as an operator would, to see what its consumers applied.</summary>
internal sealed class ProjectsReadModel(string connectionString)
{
    // Unpooled: a look after the database was restarted must not pick up a pooled connection the restart killed.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    public async Task<(int Version, string NameZh)?> FindAsync(string creditCode, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT version, name_zh FROM known_enterprises WHERE credit_code = @code", connection);
        command.Parameters.AddWithValue("code", creditCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt32(0), reader.GetString(1)) : null;
    }

    /// <summary>Events are asynchronous: wait (bounded) until the copy has reached the version.</summary>
    public async Task<(int Version, string NameZh)> WaitForVersionAsync(string creditCode, int version, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var found = await FindAsync(creditCode, cancellationToken);
            if (found is { } row && row.Version >= version)
            {
                return row;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{creditCode} v{version} did not reach Projects' read model within 30 s (found: {found?.ToString() ?? "nothing"}).");
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
