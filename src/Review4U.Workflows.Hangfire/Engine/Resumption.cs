using Npgsql;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Closing an open bookmark and waking its branch: shared by events, timers and completed sub-workflows.</summary>
internal static class Resumption
{
    /// <summary>Returns the instance to advance, or null when the bookmark was no longer open (a duplicate or late signal: no-op).</summary>
    public static async Task<Guid?> ResumeBookmarkAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid bookmarkId, ResumeSignal signal,
        JournalBuffer journal, string actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = Db.Command(connection, transaction,
            """
            UPDATE workflow.bookmarks SET status = 'resumed', payload = $2, resolved_at = $3
            WHERE id = $1 AND status = 'open'
            RETURNING instance_id, branch_id, scope, step_id, kind
            """, bookmarkId, Db.Jsonb(signal.Payload is null ? null : PlainJson.Serialize(signal.Payload)), now);
        Guid instanceId, branchId;
        string scope, stepId, kind;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }

            (instanceId, branchId, scope, stepId, kind) = (reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
        }

        var woken = await Db.ExecuteAsync(connection, transaction,
            """
            UPDATE workflow.branches SET status = 'ready', resume = $2, ready_at = $3, updated_at = $3
            WHERE id = $1 AND status IN ('waiting', 'joining')
            """, ct, branchId, Db.Jsonb(signal.ToJson()), now);
        if (woken == 0)
        {
            return null;
        }

        // The instance row is left alone: hundreds of events resuming one fan-out would queue on it. The advance job
        // dispatched after commit recomputes the instance's status (running / waiting) from its branches.
        journal.Add(instanceId, now, actor, "resume", scope, stepId, $"{kind} → {signal.Kind}");
        return instanceId;
    }
}
