using Npgsql;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Instance rows: read, create, and write back under optimistic concurrency.</summary>
internal static class InstanceStore
{
    public static async Task<InstanceState?> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken ct)
    {
        await using var command = Db.Command(connection, transaction,
            """
            SELECT id, definition_id, definition_version, body_id, status, inputs, variables, output,
                   parent_instance_id, parent_bookmark_id, revision
            FROM workflow.instances WHERE id = $1
            """, id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new InstanceState
        {
            Id = reader.GetGuid(0),
            DefinitionId = reader.GetString(1),
            DefinitionVersion = reader.GetInt32(2),
            BodyId = Db.Nullable<Guid?>(reader, 3),
            Status = reader.GetString(4),
            Inputs = PlainJson.DeserializeMap(reader.GetString(5)),
            Variables = PlainJson.DeserializeMap(reader.GetString(6)),
            Output = PlainJson.Deserialize(Db.Nullable<string>(reader, 7)),
            ParentInstanceId = Db.Nullable<Guid?>(reader, 8),
            ParentBookmarkId = Db.Nullable<Guid?>(reader, 9),
            Revision = reader.GetInt32(10),
        };
    }

    /// <summary>Writes status, variables and output back; false when another transaction changed the row first.</summary>
    public static async Task<bool> SaveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, InstanceState instance, DateTimeOffset now, CancellationToken ct)
    {
        var finished = Runtime.InstanceStatus.IsFinished(instance.Status);
        var rows = await Db.ExecuteAsync(connection, transaction,
            """
            UPDATE workflow.instances SET status = $3, variables = $4, output = $5, updated_at = $6,
                completed_at = CASE WHEN $7 THEN $6 ELSE completed_at END, revision = revision + 1
            WHERE id = $1 AND revision = $2
            """, ct, instance.Id, instance.Revision, instance.Status, Db.Jsonb(PlainJson.Serialize(instance.Variables)),
            Db.Jsonb(instance.Output is null ? null : PlainJson.Serialize(instance.Output)), now, finished);
        return rows == 1;
    }
}
