using System.Diagnostics;
using Npgsql;

namespace IndustryPlatform.Bench;

/// <summary>What Indicators' project_facts holds for the bench's projects: version and applied_at per project, and the row count.</summary>
public sealed record AppliedFacts(Dictionary<Guid, (int Version, DateTimeOffset AppliedAt)> Rows, long RowCount)
{
    /// <summary>
    /// Polls indicatorsdb until every project is at <paramref name="version"/> or, after <paramref name="patience"/>,
    /// nothing has moved for 15 s; then reads the rows.
    /// </summary>
    public static async Task<AppliedFacts> AwaitAsync(string indicatorsDb, Guid[] projects, int version, TimeSpan patience)
    {
        await using var connection = new NpgsqlConnection(indicatorsDb);
        await connection.OpenAsync();
        var waited = Stopwatch.StartNew();
        var lastProgress = Stopwatch.StartNew();
        long last = -1;
        while (true)
        {
            await using (var count = new NpgsqlCommand("SELECT count(*) FROM project_facts WHERE id = ANY(@ids) AND version >= @version", connection))
            {
                count.Parameters.AddWithValue("ids", projects);
                count.Parameters.AddWithValue("version", version);
                var applied = (long)(await count.ExecuteScalarAsync())!;
                if (applied == projects.Length || waited.Elapsed > patience && lastProgress.Elapsed > TimeSpan.FromSeconds(15))
                {
                    break;
                }

                if (applied != last)
                {
                    last = applied;
                    lastProgress.Restart();
                }
            }

            await Task.Delay(250);
        }

        var rows = new Dictionary<Guid, (int, DateTimeOffset)>();
        long rowCount = 0;
        await using var read = new NpgsqlCommand("SELECT id, version, applied_at FROM project_facts WHERE id = ANY(@ids)", connection);
        read.Parameters.AddWithValue("ids", projects);
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rowCount++;
            rows[reader.GetGuid(0)] = (reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2));
        }

        return new AppliedFacts(rows, rowCount);
    }

    /// <summary>Projects not in the table at all.</summary>
    public int Missing(Guid[] projects) => projects.Count(p => !Rows.ContainsKey(p));

    /// <summary>Projects present but not at their last version (a lost update, or an older version that overwrote a newer one).</summary>
    public int NotAtVersion(int version) => Rows.Values.Count(r => r.Version != version);

    /// <summary>Rows beyond one per project.</summary>
    public long Doubled => RowCount - Rows.Count;
}
