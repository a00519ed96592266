using Npgsql;
using Review4U.Workflows.Runtime;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>What a person does to an instance: cancel it (with its sub-workflows), retry or skip its incidents.</summary>
internal sealed class ManualActions(NpgsqlDataSource dataSource, JobDispatcher dispatcher, TimeProvider time)
{
    public async Task CancelAsync(Guid instanceId, string actor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await EnsureExistsAsync(connection, transaction, instanceId, ct);
        var journal = new JournalBuffer();
        await CancelTreeAsync(connection, transaction, instanceId, actor, journal, now, ct);
        await journal.FlushAsync(connection, transaction, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Retries (<paramref name="skip"/> false) or skips every open incident; returns how many. An incident of a
    /// <c>workflow</c> step whose sub-workflow faulted is retried in the sub-workflow (the step waits for it again);
    /// skipping it cancels the sub-workflow and moves on without its outputs.
    /// </summary>
    public async Task<int> ResolveIncidentsAsync(Guid instanceId, string actor, bool skip, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var toAdvance = new HashSet<Guid>();
        int count;
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            await EnsureExistsAsync(connection, transaction, instanceId, ct);
            var journal = new JournalBuffer();
            count = await ResolveAsync(connection, transaction, instanceId, actor, skip, journal, toAdvance, now, ct);
            await journal.FlushAsync(connection, transaction, ct);
            await transaction.CommitAsync(ct);
        }

        foreach (var id in toAdvance)
        {
            dispatcher.Advance(id);
        }

        return count;
    }

    private static async Task<int> ResolveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid instanceId, string actor, bool skip,
        JournalBuffer journal, HashSet<Guid> toAdvance, DateTimeOffset now, CancellationToken ct)
    {
        var incidents = new List<(Guid Id, Guid Branch, string Scope, string Step)>();
        await using (var command = Db.Command(connection, transaction,
            "SELECT id, branch_id, scope, step_id FROM workflow.incidents WHERE instance_id = $1 AND status = 'open' ORDER BY id FOR UPDATE", instanceId))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                incidents.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var signal = new ResumeSignal(skip ? ResumeSignal.Skip : ResumeSignal.Retry, null);
        var anyReady = false;
        foreach (var incident in incidents)
        {
            await Db.ExecuteAsync(connection, transaction,
                "UPDATE workflow.incidents SET status = $2, resolved_at = $3, resolved_by = $4 WHERE id = $1", ct, incident.Id, skip ? "skipped" : "retried", now, actor);
            var child = await SubWorkflowFailures.FaultedChildAsync(connection, transaction, incident.Branch, ct);
            if (child is { } childId && !skip)
            {
                // The failure is the sub-workflow's: retry it there; this step keeps waiting for it.
                await Db.ExecuteAsync(connection, transaction,
                    "UPDATE workflow.branches SET status = 'waiting', updated_at = $2 WHERE id = $1 AND status = 'faulted'", ct, incident.Branch, now);
                journal.Add(instanceId, now, actor, "manual-retry", incident.Scope, incident.Step, $"retrying sub-workflow {childId}");
                await ResolveAsync(connection, transaction, childId, actor, skip: false, journal, toAdvance, now, ct);
                continue;
            }

            if (child is { } skippedChild)
            {
                await CancelTreeAsync(connection, transaction, skippedChild, actor, journal, now, ct);
                await BookmarkStore.CancelForBranchesAsync(connection, transaction, [incident.Branch], now, ct);
            }

            await Db.ExecuteAsync(connection, transaction,
                "UPDATE workflow.branches SET status = 'ready', attempt = 0, resume = $2, ready_at = $3, updated_at = $3 WHERE id = $1 AND status = 'faulted'",
                ct, incident.Branch, Db.Jsonb(signal.ToJson()), now);
            journal.Add(instanceId, now, actor, skip ? "manual-skip" : "manual-retry", incident.Scope, incident.Step);
            anyReady = true;
        }

        if (incidents.Count > 0)
        {
            await Db.ExecuteAsync(connection, transaction,
                "UPDATE workflow.instances SET status = $2, updated_at = $3, revision = revision + 1 WHERE id = $1 AND status = 'faulted'",
                ct, instanceId, anyReady ? InstanceStatus.Running : InstanceStatus.Waiting, now);
            await SubWorkflowFailures.ReconnectParentAsync(connection, transaction, instanceId, actor, journal, now, ct);
        }

        if (anyReady)
        {
            toAdvance.Add(instanceId);
        }

        return incidents.Count;
    }

    /// <summary>Cancels an instance with its sub-workflows (recursively): rows, branches, bookmarks and incidents.</summary>
    private static async Task CancelTreeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid instanceId, string actor, JournalBuffer journal, DateTimeOffset now, CancellationToken ct)
    {
        var cancelled = new List<Guid>();
        await using (var command = Db.Command(connection, transaction,
            """
            WITH RECURSIVE tree AS (
                SELECT id FROM workflow.instances WHERE id = $1
                UNION
                SELECT i.id FROM workflow.instances i JOIN tree ON i.parent_instance_id = tree.id)
            UPDATE workflow.instances SET status = 'cancelled', updated_at = $2, completed_at = $2, revision = revision + 1
            WHERE id IN (SELECT id FROM tree) AND status NOT IN ('completed', 'cancelled')
            RETURNING id
            """, instanceId, now))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                cancelled.Add(reader.GetGuid(0));
            }
        }

        var ids = cancelled.ToArray();
        await Db.ExecuteAsync(connection, transaction,
            "UPDATE workflow.branches SET status = 'cancelled', updated_at = $2 WHERE instance_id = ANY($1) AND status IN ('ready', 'waiting', 'joining', 'faulted')", ct, ids, now);
        await Db.ExecuteAsync(connection, transaction,
            "UPDATE workflow.bookmarks SET status = 'cancelled', resolved_at = $2 WHERE instance_id = ANY($1) AND status = 'open'", ct, ids, now);
        await Db.ExecuteAsync(connection, transaction,
            "UPDATE workflow.incidents SET status = 'cancelled', resolved_at = $2, resolved_by = $3 WHERE instance_id = ANY($1) AND status = 'open'", ct, ids, now, actor);
        foreach (var id in ids)
        {
            journal.Add(id, now, actor, "cancel", detail: id == instanceId ? null : $"with parent {instanceId}");
        }
    }

    private static async Task EnsureExistsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid instanceId, CancellationToken ct)
    {
        if (await Db.ScalarAsync<string>(connection, transaction, "SELECT status FROM workflow.instances WHERE id = $1", ct, instanceId) is null)
        {
            throw new KeyNotFoundException($"There is no workflow instance {instanceId}.");
        }
    }
}
