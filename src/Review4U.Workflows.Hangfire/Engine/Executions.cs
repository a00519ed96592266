using Npgsql;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// Step execution rows keyed (instance, scope, step, iteration). The row is written before the step runs, inside the
/// step's savepoint: a second run of the same execution blocks on the unique key and then finds it done.
/// </summary>
internal static class Executions
{
    public static async Task BeginAsync(AdvanceContext ctx, BranchState branch, CancellationToken ct)
    {
        await using var command = Db.Command(ctx.Connection, ctx.Transaction,
            """
            INSERT INTO workflow.step_executions (instance_id, branch_id, scope, step_id, iteration, status, attempts, started_at)
            VALUES ($1, $2, $3, $4, $5, 'running', $6, $7)
            ON CONFLICT (instance_id, scope, step_id, iteration) DO UPDATE SET status = 'running', attempts = EXCLUDED.attempts
            WHERE workflow.step_executions.status IN ('suspended', 'failed')
            RETURNING id
            """, branch.InstanceId, branch.Id, branch.Scope, branch.StepId, branch.Iteration, branch.Attempt + 1, ctx.Now);
        if (await command.ExecuteScalarAsync(ct) is null)
        {
            throw new WorkflowConcurrencyException(
                $"Step execution {branch.Scope}/{branch.StepId}#{branch.Iteration} of instance {branch.InstanceId} already ran; the duplicate does nothing.");
        }
    }

    public static Task FinishAsync(AdvanceContext ctx, BranchState branch, string status, object? output, CancellationToken ct) =>
        Db.ExecuteAsync(ctx.Connection, ctx.Transaction,
            """
            UPDATE workflow.step_executions SET status = $5, output = $6, finished_at = $7
            WHERE instance_id = $1 AND scope = $2 AND step_id = $3 AND iteration = $4
            """, ct, branch.InstanceId, branch.Scope, branch.StepId, branch.Iteration, status,
            Db.Jsonb(output is null ? null : PlainJson.Serialize(output)), ctx.Now);

    /// <summary>Records a final state (failed after the last attempt, skipped by hand) whether or not a row exists.</summary>
    public static Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, BranchState branch, string status, int attempts, DateTimeOffset now, CancellationToken ct) =>
        Db.ExecuteAsync(connection, transaction,
            """
            INSERT INTO workflow.step_executions (instance_id, branch_id, scope, step_id, iteration, status, attempts, started_at, finished_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
            ON CONFLICT (instance_id, scope, step_id, iteration) DO UPDATE SET status = EXCLUDED.status, attempts = EXCLUDED.attempts, finished_at = EXCLUDED.finished_at
            """, ct, branch.InstanceId, branch.Id, branch.Scope, branch.StepId, branch.Iteration, status, attempts, now);
}
