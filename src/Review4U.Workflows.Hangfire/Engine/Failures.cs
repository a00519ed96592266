using Npgsql;
using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>A failed attempt: a retry timer with backoff while attempts remain, else an incident.</summary>
internal static class Failures
{
    public static async Task HandleAsync(AdvanceContext ctx, BranchState branch, StepDefinition step, string error, bool retryable, CancellationToken ct)
    {
        var failed = branch.Attempt + 1;
        branch.Attempt = failed;
        var policy = step.Retry ?? RetryPolicy.Default;
        if (retryable && policy.AllowsRetryAfter(failed))
        {
            var due = ctx.Now + policy.DelayAfter(failed);
            var bookmark = await BookmarkStore.CreateAsync(ctx.Connection, ctx.Transaction, branch, BookmarkKind.Retry, null, null, due, ctx.Now, ct);
            branch.Status = BranchStatus.Waiting;
            ctx.AfterCommit.Timer(bookmark, due);
            ctx.Log("retry", branch, $"attempt {failed} of {policy.Attempts} failed: {error}; next attempt at {due:O}");
            return;
        }

        branch.Status = BranchStatus.Faulted;
        await Executions.RecordAsync(ctx.Connection, ctx.Transaction, branch, ExecutionStatus.Failed, failed, ctx.Now, ct);
        await OpenIncidentAsync(ctx.Connection, ctx.Transaction, branch.InstanceId, branch.Id, branch.Scope, step.Id, branch.Iteration, error, failed, ctx.Now, ct);
        ctx.IncidentRaised = true;
        ctx.Log("incident", branch, $"failed after {failed} attempt(s): {error}");
    }

    /// <summary>Opens an incident on a branch's step (also used when a sub-workflow fails its parent's step).</summary>
    public static Task<int> OpenIncidentAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid instanceId, Guid branchId, string scope, string stepId, int iteration,
        string error, int attempts, DateTimeOffset now, CancellationToken ct) =>
        Db.ExecuteAsync(connection, transaction,
            """
            INSERT INTO workflow.incidents (id, instance_id, branch_id, scope, step_id, iteration, error, attempts, status, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9)
            """, ct, Guid.CreateVersion7(now), instanceId, branchId, scope, stepId, iteration, error, attempts, now);
}
