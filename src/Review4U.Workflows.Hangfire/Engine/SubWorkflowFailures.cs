using Npgsql;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// Ties a sub-workflow's incidents to its parent. A child that faults fails the parent's waiting <c>workflow</c> step
/// with an incident naming the child and its error (the bookmark stays open, so the child can still resume it); a
/// child whose incidents are retried or skipped puts that step back to waiting; a parent's incident on a faulted child
/// is retried in the child.
/// </summary>
internal static class SubWorkflowFailures
{
    /// <summary>Called in the child's advance transaction when it raised an incident.</summary>
    public static async Task FailParentAsync(AdvanceContext ctx, CancellationToken ct)
    {
        if (ctx.Instance.ParentBookmarkId is not { } bookmarkId)
        {
            return;
        }

        var waiting = await WaitingParentAsync(ctx.Connection, ctx.Transaction, bookmarkId, "waiting", "faulted", ctx.Now, ct);
        if (waiting is not { } parent)
        {
            return; // resumed, cancelled, or already faulted by an earlier incident of this child
        }

        var (step, error) = await LatestIncidentAsync(ctx, ct);
        var message = $"sub-workflow '{ctx.Definition.Id}' instance {ctx.Instance.Id} failed at step '{step}': {error}";
        await Failures.OpenIncidentAsync(ctx.Connection, ctx.Transaction, parent.Instance, parent.Branch, parent.Scope, parent.Step, parent.Iteration, message, 1, ctx.Now, ct);
        await Db.ExecuteAsync(ctx.Connection, ctx.Transaction,
            "UPDATE workflow.instances SET status = 'faulted', updated_at = $2, revision = revision + 1 WHERE id = $1 AND status IN ('running', 'waiting')",
            ct, parent.Instance, ctx.Now);
        ctx.Journal.Add(parent.Instance, ctx.Now, "workflow:" + ctx.Instance.Id, "incident", parent.Scope, parent.Step, message);
    }

    /// <summary>
    /// After a child's incidents were retried or skipped: the parent's step waits for the child again, its incident is
    /// resolved, and the parent is no longer faulted unless it has other incidents.
    /// </summary>
    public static async Task ReconnectParentAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid childId, string actor, JournalBuffer journal, DateTimeOffset now, CancellationToken ct)
    {
        var bookmarkId = await Db.ScalarAsync<Guid?>(connection, transaction, "SELECT parent_bookmark_id FROM workflow.instances WHERE id = $1", ct, childId);
        if (bookmarkId is { } id)
        {
            await ReconnectParentAsync(connection, transaction, childId, id, actor, journal, now, ct);
        }
    }

    /// <summary>As above, for a child whose parent bookmark the caller already holds.</summary>
    public static async Task ReconnectParentAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid childId, Guid bookmarkId, string actor, JournalBuffer journal, DateTimeOffset now, CancellationToken ct)
    {
        if (await WaitingParentAsync(connection, transaction, bookmarkId, "faulted", "waiting", now, ct) is not { } parent)
        {
            return;
        }

        await Db.ExecuteAsync(connection, transaction,
            "UPDATE workflow.incidents SET status = 'retried', resolved_at = $2, resolved_by = $3 WHERE branch_id = $1 AND status = 'open'",
            ct, parent.Branch, now, actor);
        await Db.ExecuteAsync(connection, transaction,
            """
            UPDATE workflow.instances SET status = 'waiting', updated_at = $2, revision = revision + 1
            WHERE id = $1 AND status = 'faulted' AND NOT EXISTS (SELECT 1 FROM workflow.incidents WHERE instance_id = $1 AND status = 'open')
            """, ct, parent.Instance, now);
        journal.Add(parent.Instance, now, actor, "manual-retry", parent.Scope, parent.Step, $"sub-workflow {childId} resumed");
    }

    /// <summary>The faulted child a parent's incident waits on (the open child bookmark of its branch), if any.</summary>
    public static Task<Guid?> FaultedChildAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid branchId, CancellationToken ct) =>
        Db.ScalarAsync<Guid?>(connection, transaction,
            """
            SELECT i.id FROM workflow.bookmarks b JOIN workflow.instances i ON i.parent_bookmark_id = b.id
            WHERE b.branch_id = $1 AND b.kind = 'child' AND b.status = 'open' AND i.status = 'faulted'
            """, ct, branchId);

    /// <summary>Moves the parent branch waiting on this open child bookmark from one status to the other; null when it was not in <paramref name="from"/>.</summary>
    private static async Task<(Guid Instance, Guid Branch, string Scope, string Step, int Iteration)?> WaitingParentAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid bookmarkId, string from, string to, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = Db.Command(connection, transaction,
            """
            UPDATE workflow.branches br SET status = $3, updated_at = $4
            FROM workflow.bookmarks b
            WHERE b.id = $1 AND b.status = 'open' AND br.id = b.branch_id AND br.status = $2
            RETURNING br.instance_id, br.id, b.scope, b.step_id, b.iteration
            """, bookmarkId, from, to, now);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? (reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4))
            : null;
    }

    private static async Task<(string Step, string Error)> LatestIncidentAsync(AdvanceContext ctx, CancellationToken ct)
    {
        await using var command = Db.Command(ctx.Connection, ctx.Transaction,
            "SELECT step_id, error FROM workflow.incidents WHERE instance_id = $1 AND status = 'open' ORDER BY created_at DESC, id DESC LIMIT 1", ctx.Instance.Id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetString(1)) : ("?", "unknown error");
    }
}
