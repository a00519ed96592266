using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// Applies completed children to their parents' joins once per job. The counter update locks the parent row, so
/// batches finishing at the same time on different servers count one after the other and exactly one completes the join.
/// </summary>
internal static class Joins
{
    public static async Task ApplyAsync(AdvanceContext ctx, CancellationToken ct)
    {
        while (ctx.CompletedChildren.Count > 0)
        {
            var (parentId, count) = ctx.CompletedChildren.First();
            ctx.CompletedChildren.Remove(parentId);
            await using var command = Db.Command(ctx.Connection, ctx.Transaction,
                """
                UPDATE workflow.branches SET children_done = children_done + $2, updated_at = $3
                WHERE id = $1 AND status = 'joining'
                RETURNING children_done >= join_needed
                """, parentId, count, ctx.Now);
            if (await command.ExecuteScalarAsync(ct) is not true)
            {
                continue;
            }

            var parent = await BranchStore.LockAsync(ctx.Connection, ctx.Transaction, parentId, ct)
                ?? throw new InvalidOperationException($"Branch {parentId} vanished.");
            ctx.Touched[parent.Id] = parent;
            var fork = ctx.Definition.FindStep(parent.StepId!) ?? throw new InvalidOperationException($"Unknown step {parent.StepId}.");
            await FinishAsync(ctx, parent, fork, timedOut: false, ct);
        }
    }

    /// <summary>Completes the fork step: the remaining children are cancelled and the parent moves on.</summary>
    public static async Task FinishAsync(AdvanceContext ctx, BranchState parent, StepDefinition fork, bool timedOut, CancellationToken ct)
    {
        await CancelDescendantsAsync(ctx, parent.Id, ct);
        await BookmarkStore.CancelForBranchesAsync(ctx.Connection, ctx.Transaction, [parent.Id], ctx.Now, ct);
        var outputs = Forks.JoinOutputs(parent.ChildrenTotal, parent.ChildrenDone, timedOut);
        ctx.Log("join", parent, $"{parent.ChildrenDone} of {parent.ChildrenTotal} completed" + (timedOut ? "; deadline passed" : ""));
        await FlowNavigator.CompleteAsync(ctx, parent, fork, outputs, ct);
        if (parent.Status == BranchStatus.Ready)
        {
            ctx.AfterCommit.Advance(ctx.Instance.Id);
        }
    }

    /// <summary>
    /// Cancels the still-active descendants. Rows another job holds are skipped rather than waited for (no deadlock):
    /// that job finds their parent no longer joining and cancels them itself.
    /// </summary>
    public static async Task CancelDescendantsAsync(AdvanceContext ctx, Guid parentId, CancellationToken ct)
    {
        await using var command = Db.Command(ctx.Connection, ctx.Transaction,
            """
            WITH RECURSIVE down AS (
                SELECT id FROM workflow.branches WHERE parent_branch_id = $1
                UNION
                SELECT b.id FROM workflow.branches b JOIN down ON b.parent_branch_id = down.id)
            UPDATE workflow.branches SET status = 'cancelled', updated_at = $2
            WHERE id IN (SELECT id FROM workflow.branches WHERE id IN (SELECT id FROM down)
                         AND status IN ('ready', 'waiting', 'joining') FOR UPDATE SKIP LOCKED)
            RETURNING id
            """, parentId, ctx.Now);
        var cancelled = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                cancelled.Add(reader.GetGuid(0));
            }
        }

        if (cancelled.Count > 0)
        {
            await BookmarkStore.CancelForBranchesAsync(ctx.Connection, ctx.Transaction, [.. cancelled], ctx.Now, ct);
            ctx.CancelledBranches.UnionWith(cancelled);
        }
    }
}
