using Npgsql;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Bookmark rows (durable waits) and the pending events they consume.</summary>
internal static class BookmarkStore
{
    public static async Task<Guid> CreateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, BranchState branch, string kind,
        string? eventName, string? eventKey, DateTimeOffset? dueAt, DateTimeOffset now, CancellationToken ct)
    {
        var id = Guid.CreateVersion7(now);
        await Db.ExecuteAsync(connection, transaction,
            """
            INSERT INTO workflow.bookmarks (id, instance_id, branch_id, scope, step_id, iteration, kind, event_name, event_key, due_at, status, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'open', $11)
            """, ct, id, branch.InstanceId, branch.Id, branch.Scope, branch.StepId, branch.Iteration, kind, eventName, eventKey, dueAt, now);
        return id;
    }

    /// <summary>
    /// Serialises waits and publishes of one (event, key) so an event can never slip between "no wait yet" and
    /// "wait created": both sides take this transaction-scoped advisory lock first.
    /// </summary>
    public static Task LockEventAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string name, string key, CancellationToken ct) =>
        Db.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtextextended($1, 7))", ct, name + "\u001f" + key);

    /// <summary>Consumes the oldest kept event for (name, key), if any, for this bookmark; returns its payload.</summary>
    public static async Task<(bool Found, object? Payload)> ConsumePendingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string name, string key, Guid bookmarkId, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = Db.Command(connection, transaction,
            """
            UPDATE workflow.pending_events SET consumed_by_bookmark_id = $3, consumed_at = $4
            WHERE id = (SELECT id FROM workflow.pending_events
                        WHERE event_name = $1 AND event_key = $2 AND consumed_by_bookmark_id IS NULL
                        ORDER BY id LIMIT 1 FOR UPDATE)
            RETURNING payload
            """, name, key, bookmarkId, now);
        var payload = await command.ExecuteScalarAsync(ct);
        return payload is null ? (false, null) : (true, PlainJson.Deserialize((string)payload));
    }

    /// <summary>Closes a bookmark that is still open; false when it was already resumed or cancelled (a duplicate).</summary>
    public static async Task<bool> ResolveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, string status, object? payload, DateTimeOffset now, CancellationToken ct) =>
        await Db.ExecuteAsync(connection, transaction,
            "UPDATE workflow.bookmarks SET status = $2, payload = $3, resolved_at = $4 WHERE id = $1 AND status = 'open'",
            ct, id, status, Db.Jsonb(payload is null ? null : PlainJson.Serialize(payload)), now) == 1;

    /// <summary>Cancels every open bookmark of these branches.</summary>
    public static Task CancelForBranchesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] branchIds, DateTimeOffset now, CancellationToken ct) =>
        Db.ExecuteAsync(connection, transaction,
            "UPDATE workflow.bookmarks SET status = 'cancelled', resolved_at = $2 WHERE branch_id = ANY($1) AND status = 'open'", ct, branchIds, now);
}
