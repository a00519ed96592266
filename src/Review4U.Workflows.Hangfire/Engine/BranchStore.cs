using Npgsql;
using NpgsqlTypes;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Reads and writes branch rows inside the caller's transaction.</summary>
internal static class BranchStore
{
    private const string Columns =
        "id, instance_id, parent_branch_id, fork_step_id, ordinal, branch_key, scope, item_name, item, status, step_id, " +
        "iteration, attempt, outputs, visits, resume, children_total, children_done, join_needed, ready_at";

    /// <summary>Locks up to <paramref name="limit"/> ready branches no other job holds (SKIP LOCKED: servers share the work).</summary>
    public static Task<List<BranchState>> LockReadyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid instanceId, int limit, CancellationToken ct) =>
        QueryAsync(connection, transaction,
            $"SELECT {Columns} FROM workflow.branches WHERE instance_id = $1 AND status = 'ready' ORDER BY ready_at, ordinal LIMIT $2 FOR UPDATE SKIP LOCKED",
            ct, instanceId, limit);

    public static async Task<BranchState?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid branchId, CancellationToken ct) =>
        (await QueryAsync(connection, transaction, $"SELECT {Columns} FROM workflow.branches WHERE id = $1 FOR UPDATE", ct, branchId)).SingleOrDefault();

    /// <summary>The branches above these (parents, grand-parents…), for scopes: outputs and forEach items of enclosing branches.</summary>
    public static Task<List<BranchState>> AncestorsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] parentIds, CancellationToken ct) =>
        QueryAsync(connection, transaction,
            $"""
            WITH RECURSIVE up AS (
                SELECT * FROM workflow.branches WHERE id = ANY($1)
                UNION
                SELECT b.* FROM workflow.branches b JOIN up ON b.id = up.parent_branch_id)
            SELECT {Columns} FROM up
            """, ct, parentIds);

    public static async Task UpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<BranchState> branches, DateTimeOffset now, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var b in branches)
        {
            var command = new NpgsqlBatchCommand(
                """
                UPDATE workflow.branches SET status = $2, step_id = $3, iteration = $4, attempt = $5, outputs = $6, visits = $7,
                    resume = $8, children_total = $9, children_done = $10, join_needed = $11, ready_at = $12, updated_at = $13
                WHERE id = $1
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = b.Id });
            command.Parameters.Add(new NpgsqlParameter { Value = b.Status });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)b.StepId ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { Value = b.Iteration });
            command.Parameters.Add(new NpgsqlParameter { Value = b.Attempt });
            command.Parameters.Add(Db.Jsonb(PlainJson.Serialize(b.Outputs)));
            command.Parameters.Add(Db.Jsonb(PlainJson.Serialize(b.Visits)));
            command.Parameters.Add(Db.Jsonb(b.Resume?.ToJson()));
            command.Parameters.Add(new NpgsqlParameter { Value = b.ChildrenTotal });
            command.Parameters.Add(new NpgsqlParameter { Value = b.ChildrenDone });
            command.Parameters.Add(new NpgsqlParameter { Value = b.JoinNeeded });
            command.Parameters.Add(new NpgsqlParameter { Value = b.ReadyAt });
            command.Parameters.Add(new NpgsqlParameter { Value = now });
            batch.BatchCommands.Add(command);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Inserts new branches with one binary COPY (a fan-out of 10,000 items is one round trip).</summary>
    public static async Task InsertAsync(NpgsqlConnection connection, IReadOnlyCollection<BranchState> branches, DateTimeOffset now, CancellationToken ct)
    {
        if (branches.Count == 0)
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY workflow.branches ({Columns}, updated_at) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var b in branches)
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(b.Id, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(b.InstanceId, NpgsqlDbType.Uuid, ct);
            await WriteNullableAsync(importer, b.ParentBranchId, NpgsqlDbType.Uuid, ct);
            await WriteNullableAsync(importer, b.ForkStepId, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(b.Ordinal, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(importer, b.BranchKey, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(b.Scope, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(importer, b.ItemName, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(importer, b.ItemName is null ? null : PlainJson.Serialize(b.Item), NpgsqlDbType.Jsonb, ct);
            await importer.WriteAsync(b.Status, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(importer, b.StepId, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(b.Iteration, NpgsqlDbType.Integer, ct);
            await importer.WriteAsync(b.Attempt, NpgsqlDbType.Integer, ct);
            await importer.WriteAsync(PlainJson.Serialize(b.Outputs), NpgsqlDbType.Jsonb, ct);
            await importer.WriteAsync(PlainJson.Serialize(b.Visits), NpgsqlDbType.Jsonb, ct);
            await WriteNullableAsync(importer, b.Resume?.ToJson(), NpgsqlDbType.Jsonb, ct);
            await importer.WriteAsync(b.ChildrenTotal, NpgsqlDbType.Integer, ct);
            await importer.WriteAsync(b.ChildrenDone, NpgsqlDbType.Integer, ct);
            await importer.WriteAsync(b.JoinNeeded, NpgsqlDbType.Integer, ct);
            await importer.WriteAsync(b.ReadyAt, NpgsqlDbType.TimestampTz, ct);
            await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
        }

        await importer.CompleteAsync(ct);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null)
        {
            await importer.WriteNullAsync(ct);
        }
        else
        {
            await importer.WriteAsync(value, type, ct);
        }
    }

    private static async Task<List<BranchState>> QueryAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct, params object?[] args)
    {
        await using var command = Db.Command(connection, transaction, sql, args);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var result = new List<BranchState>();
        while (await reader.ReadAsync(ct))
        {
            result.Add(new BranchState
            {
                Id = reader.GetGuid(0),
                InstanceId = reader.GetGuid(1),
                ParentBranchId = Db.Nullable<Guid?>(reader, 2),
                ForkStepId = Db.Nullable<string>(reader, 3),
                Ordinal = reader.GetInt32(4),
                BranchKey = Db.Nullable<string>(reader, 5),
                Scope = reader.GetString(6),
                ItemName = Db.Nullable<string>(reader, 7),
                Item = PlainJson.Deserialize(Db.Nullable<string>(reader, 8)),
                Status = reader.GetString(9),
                StepId = Db.Nullable<string>(reader, 10),
                Iteration = reader.GetInt32(11),
                Attempt = reader.GetInt32(12),
                Outputs = PlainJson.DeserializeMap(reader.GetString(13)),
                Visits = PlainJson.DeserializeMap(reader.GetString(14)),
                Resume = ResumeSignal.FromJson(Db.Nullable<string>(reader, 15)),
                ChildrenTotal = reader.GetInt32(16),
                ChildrenDone = reader.GetInt32(17),
                JoinNeeded = reader.GetInt32(18),
                ReadyAt = reader.GetFieldValue<DateTimeOffset>(19),
            });
        }

        return result;
    }
}
