using Microsoft.Extensions.Logging;
using Npgsql;
using Review4U.Workflows.Hangfire.Hosting;
using Review4U.Workflows.Runtime;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// One advance job: locks a batch of ready branches of an instance (SKIP LOCKED, so several servers share a fan-out),
/// runs each as far as its steps complete at once (within a step budget), and commits effects, branch moves, joins, the instance's state and the journal together.
/// </summary>
internal sealed class InstanceAdvancer(
    NpgsqlDataSource dataSource,
    WorkflowEngineOptions options,
    LoadedDefinitions definitions,
    StepRunner runner,
    JobDispatcher dispatcher,
    TimeProvider time,
    ILogger<InstanceAdvancer> logger)
{
    private const int ConflictAttempts = 8;

    public async Task AdvanceAsync(Guid instanceId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await AdvanceOnceAsync(instanceId, ct);
                return;
            }
            catch (Exception e) when (attempt < ConflictAttempts && IsRace(e))
            {
                logger.LogDebug(e, "Advance of {Instance} lost a race (attempt {Attempt}); starting over", instanceId, attempt);
            }
        }
    }

    private static bool IsRace(Exception e) =>
        e is WorkflowConcurrencyException
        || e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation };

    private async Task AdvanceOnceAsync(Guid instanceId, CancellationToken ct)
    {
        var afterCommit = new AfterCommit();
        var moreReady = false;
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            var instance = await InstanceStore.LoadAsync(connection, transaction, instanceId, ct);
            if (instance is null || InstanceStatus.IsFinished(instance.Status))
            {
                return;
            }

            var batch = await BranchStore.LockReadyAsync(connection, transaction, instanceId, options.BatchSize, ct);
            if (batch.Count == 0)
            {
                return;
            }

            var ctx = new AdvanceContext
            {
                Connection = connection,
                Transaction = transaction,
                Instance = instance,
                Definition = await definitions.GetForInstanceAsync(connection, transaction, instance.DefinitionId, instance.DefinitionVersion, ct),
                Now = time.GetUtcNow(),
                Journal = new JournalBuffer(),
                AfterCommit = afterCommit,
            };
            Guid[] parents = [.. batch.Where(b => b.ParentBranchId is not null).Select(b => b.ParentBranchId!.Value).Distinct()];
            if (parents.Length > 0)
            {
                foreach (var ancestor in await BranchStore.AncestorsAsync(connection, transaction, parents, ct))
                {
                    ctx.Ancestors[ancestor.Id] = ancestor;
                }
            }

            var runnable = new List<BranchState>();
            foreach (var branch in batch)
            {
                if (IsOrphan(ctx, branch))
                {
                    branch.Status = BranchStatus.Cancelled;
                }
                else
                {
                    runnable.Add(branch);
                }
            }

            await RunWithinBudgetAsync(ctx, runnable, ct);

            await BranchStore.InsertAsync(connection, ctx.NewBranches, ctx.Now, ct);
            await BranchStore.UpdateAsync(connection, transaction, batch, ctx.Now, ct);
            await Joins.ApplyAsync(ctx, ct);
            await CancelOrphansAsync(ctx, batch, ct);
            await BranchStore.UpdateAsync(connection, transaction, ctx.Touched.Values.Where(b => !ctx.CancelledBranches.Contains(b.Id)), ctx.Now, ct);
            moreReady = await Db.ScalarAsync<bool>(connection, transaction,
                "SELECT EXISTS (SELECT 1 FROM workflow.branches WHERE instance_id = $1 AND status = 'ready')", ct, instanceId);
            await FinishInstanceAsync(ctx, moreReady, ct);
            await ctx.Journal.FlushAsync(connection, transaction, ct);
            await transaction.CommitAsync(ct);
        }

        afterCommit.Dispatch(dispatcher);
        if (moreReady)
        {
            dispatcher.Advance(instanceId);
        }
    }

    /// <summary>
    /// Runs one step of each branch, then keeps running the next steps of the branches that moved straight on (the step
    /// completed at once: no wait, fan-out, join, failure or resume), each in its own savepoint with its own execution
    /// row, until they stop or the job's budget (<see cref="WorkflowEngineOptions.MaxStepsPerBranch"/> rounds,
    /// <see cref="WorkflowEngineOptions.MaxStepsPerJob"/> steps) is spent; what is left stays ready for the next job.
    /// </summary>
    private async Task RunWithinBudgetAsync(AdvanceContext ctx, List<BranchState> runnable, CancellationToken ct)
    {
        var round = runnable;
        var stepsRun = 0;
        for (var rounds = 1; ; rounds++)
        {
            await RunRoundAsync(ctx, round, ct);
            stepsRun += round.Count;
            var left = Math.Min(options.MaxStepsPerJob - stepsRun, round.Count);
            if (rounds >= options.MaxStepsPerBranch || left <= 0)
            {
                return;
            }

            round = [.. round.Where(b => MovedStraightOn(ctx, b)).Take(left)];
            if (round.Count == 0)
            {
                return;
            }
        }
    }

    private async Task RunRoundAsync(AdvanceContext ctx, List<BranchState> round, CancellationToken ct)
    {
        foreach (var group in round.GroupBy(b => b.StepId!, StringComparer.Ordinal))
        {
            var step = ctx.Definition.FindStep(group.Key);
            if (step is not null && await runner.TryRunBatchAsync(ctx, [.. group], step, ct))
            {
                continue;
            }

            foreach (var branch in group)
            {
                await runner.RunAsync(ctx, branch, ct);
            }
        }
    }

    /// <summary>
    /// True when the branch's step completed at once and it is ready at its next step with nothing pending. A child
    /// branch stops as soon as a sibling completed in this job: the join is applied at the end of the job and may
    /// cancel it, so it must not run further effects first.
    /// </summary>
    private static bool MovedStraightOn(AdvanceContext ctx, BranchState branch) =>
        branch.Status == BranchStatus.Ready
        && branch.StepId is not null
        && branch.Resume is null
        && branch.Attempt == 0
        && !ctx.CancelledBranches.Contains(branch.Id)
        && !(branch.ParentBranchId is { } parent && ctx.CompletedChildren.ContainsKey(parent));

    /// <summary>A branch whose join already completed (another server's batch, a deadline) is cancelled, not run.</summary>
    private static bool IsOrphan(AdvanceContext ctx, BranchState branch) =>
        branch.ParentBranchId is { } parent && ctx.Ancestors.TryGetValue(parent, out var row) && row.Status != BranchStatus.Joining;

    /// <summary>
    /// Re-reads the parents of the batch with a share lock (waiting for a join being completed elsewhere) and cancels
    /// the batch's branches left active under a parent that is no longer joining, so none waits forever.
    /// </summary>
    private static async Task CancelOrphansAsync(AdvanceContext ctx, List<BranchState> batch, CancellationToken ct)
    {
        var parents = batch.Where(b => b.ParentBranchId is not null).Select(b => b.ParentBranchId!.Value).Distinct().ToArray();
        if (parents.Length == 0)
        {
            return;
        }

        var gone = new HashSet<Guid>();
        await using (var command = Db.Command(ctx.Connection, ctx.Transaction,
            "SELECT id FROM workflow.branches WHERE id = ANY($1) AND status <> 'joining' ORDER BY id FOR SHARE", parents))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                gone.Add(reader.GetGuid(0));
            }
        }

        foreach (var branch in batch.Where(b => b.ParentBranchId is { } p && gone.Contains(p)
                     && b.Status is BranchStatus.Ready or BranchStatus.Waiting or BranchStatus.Joining))
        {
            await Joins.CancelDescendantsAsync(ctx, branch.Id, ct);
            await BookmarkStore.CancelForBranchesAsync(ctx.Connection, ctx.Transaction, [branch.Id], ctx.Now, ct);
            await Db.ExecuteAsync(ctx.Connection, ctx.Transaction, "UPDATE workflow.branches SET status = 'cancelled', updated_at = $2 WHERE id = $1", ct, branch.Id, ctx.Now);
        }
    }

    private static async Task FinishInstanceAsync(AdvanceContext ctx, bool anyReady, CancellationToken ct)
    {
        var instance = ctx.Instance;
        var before = instance.Status;
        if (ctx.RootCompleted)
        {
            instance.Status = InstanceStatus.Completed;
            instance.Output = instance.Variables;
            ctx.Journal.Add(instance.Id, ctx.Now, "engine", "complete");
            await ResumeParentAsync(ctx, ct);
        }
        else if (ctx.IncidentRaised)
        {
            instance.Status = InstanceStatus.Faulted;
            await SubWorkflowFailures.FailParentAsync(ctx, ct);
        }
        else if (before != InstanceStatus.Faulted)
        {
            instance.Status = anyReady ? InstanceStatus.Running : InstanceStatus.Waiting;
        }

        if ((instance.Status != before || instance.VariablesChanged)
            && !await InstanceStore.SaveAsync(ctx.Connection, ctx.Transaction, instance, ctx.Now, ct))
        {
            throw new WorkflowConcurrencyException($"Instance {instance.Id} changed while this job ran.");
        }
    }

    /// <summary>A completed sub-workflow resumes the parent's waiting step with its variables, in the same transaction.</summary>
    private static async Task ResumeParentAsync(AdvanceContext ctx, CancellationToken ct)
    {
        if (ctx.Instance.ParentBookmarkId is not { } bookmarkId)
        {
            return;
        }

        // A parent step failed by an earlier incident of this child waits again now that the child got past it.
        await SubWorkflowFailures.ReconnectParentAsync(ctx.Connection, ctx.Transaction, ctx.Instance.Id, bookmarkId, "workflow:" + ctx.Instance.Id, ctx.Journal, ctx.Now, ct);
        var payload = new Dictionary<string, object?> { ["instanceId"] = ctx.Instance.Id.ToString(), ["variables"] = ctx.Instance.Variables };
        if (await Resumption.ResumeBookmarkAsync(ctx.Connection, ctx.Transaction, bookmarkId, new ResumeSignal(ResumeSignal.Child, payload), ctx.Journal, "workflow:" + ctx.Instance.Id, ctx.Now, ct) is { } parent)
        {
            ctx.AfterCommit.Advance(parent);
        }
    }
}
