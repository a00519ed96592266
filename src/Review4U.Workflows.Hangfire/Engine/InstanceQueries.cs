using Npgsql;
using Review4U.Workflows.Runtime;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Read-only views for the CLI and the UI.</summary>
internal sealed class InstanceQueries(NpgsqlDataSource dataSource) : IWorkflowInstanceQueries
{
    private const string SummaryColumns =
        "id, definition_id, definition_version, status, body_id, parent_instance_id, created_at, updated_at, completed_at";

    public async Task<IReadOnlyList<InstanceSummary>> ListAsync(string? status, int limit, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = Db.Command(connection, null,
            $"SELECT {SummaryColumns} FROM workflow.instances WHERE ($1::text IS NULL OR status = $1) ORDER BY created_at DESC, id DESC LIMIT $2",
            new NpgsqlParameter { Value = (object?)status ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text }, limit);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var result = new List<InstanceSummary>();
        while (await reader.ReadAsync(ct))
        {
            result.Add(ReadSummary(reader));
        }

        return result;
    }

    public async Task<InstanceDetails?> GetAsync(Guid instanceId, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        InstanceSummary summary;
        string inputs, variables;
        string? output;
        await using (var command = Db.Command(connection, null, $"SELECT {SummaryColumns}, inputs, variables, output FROM workflow.instances WHERE id = $1", instanceId))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }

            summary = ReadSummary(reader);
            (inputs, variables, output) = (reader.GetString(9), reader.GetString(10), Db.Nullable<string>(reader, 11));
        }

        var waits = new List<InstanceWait>();
        await using (var command = Db.Command(connection, null,
            "SELECT id, scope, step_id, kind, event_name, event_key, due_at FROM workflow.bookmarks WHERE instance_id = $1 AND status = 'open' ORDER BY created_at, id", instanceId))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                waits.Add(new InstanceWait(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    Db.Nullable<string>(reader, 4), Db.Nullable<string>(reader, 5), Db.Nullable<DateTimeOffset?>(reader, 6)));
            }
        }

        var incidents = new List<InstanceIncident>();
        await using (var command = Db.Command(connection, null,
            "SELECT id, scope, step_id, error, attempts, status, created_at FROM workflow.incidents WHERE instance_id = $1 ORDER BY created_at, id", instanceId))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                incidents.Add(new InstanceIncident(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetInt32(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)));
            }
        }

        var journal = new List<JournalEntry>();
        await using (var command = Db.Command(connection, null,
            "SELECT id, at, actor, kind, scope, step_id, detail FROM workflow.journal WHERE instance_id = $1 ORDER BY id", instanceId))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                journal.Add(new JournalEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                    Db.Nullable<string>(reader, 4), Db.Nullable<string>(reader, 5), Db.Nullable<string>(reader, 6)));
            }
        }

        return new InstanceDetails(summary, inputs, variables, output, waits, incidents, journal);
    }

    private static InstanceSummary ReadSummary(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), Db.Nullable<Guid?>(reader, 4),
        Db.Nullable<Guid?>(reader, 5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetFieldValue<DateTimeOffset>(7),
        Db.Nullable<DateTimeOffset?>(reader, 8));
}
