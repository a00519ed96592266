using System.Globalization;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Hangfire.Hosting;
using Review4U.Workflows.Steps.BuiltIn;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>forEach and parallel: child branches created in bulk, the parent waits in the join.</summary>
internal sealed class Forks(WorkflowEngineOptions options)
{
    public async Task ForEachAsync(AdvanceContext ctx, BranchState branch, StepDefinition step, ForEachParameters parameters, CancellationToken ct)
    {
        var items = parameters.Items ?? [];
        if (items.Count == 0 || step.Do is null || step.Do.Count == 0)
        {
            await FlowNavigator.CompleteAsync(ctx, branch, step, JoinOutputs(items.Count, 0, false), ct);
            return;
        }

        var needed = parameters.Join switch
        {
            ForEachJoin.Any => 1,
            ForEachJoin.Quorum => Math.Clamp(parameters.Quorum ?? items.Count, 1, items.Count),
            _ => items.Count,
        };
        var prefix = ScopePrefix(branch, step);
        for (var i = 0; i < items.Count; i++)
        {
            AddChild(ctx, branch, step, step.Do, i, i.ToString(CultureInfo.InvariantCulture), $"{prefix}[{i}]", parameters.As, items[i]);
        }

        await WaitForJoinAsync(ctx, branch, items.Count, needed, parameters.Deadline, ct);
    }

    public async Task ParallelAsync(AdvanceContext ctx, BranchState branch, StepDefinition step, CancellationToken ct)
    {
        var prefix = ScopePrefix(branch, step);
        var ordinal = 0;
        foreach (var (name, sequence) in step.Branches.Where(b => b.Value.Count > 0))
        {
            AddChild(ctx, branch, step, sequence, ordinal++, name, $"{prefix}.{name}", null, null);
        }

        if (ordinal == 0)
        {
            await FlowNavigator.CompleteAsync(ctx, branch, step, new Dictionary<string, object?>(), ct);
            return;
        }

        await WaitForJoinAsync(ctx, branch, ordinal, ordinal, null, ct);
    }

    public static Dictionary<string, object?> JoinOutputs(int count, int completed, bool timedOut) =>
        new() { ["count"] = (long)count, ["completed"] = (long)completed, ["timedOut"] = timedOut };

    private async Task WaitForJoinAsync(AdvanceContext ctx, BranchState branch, int total, int needed, DateTimeOffset? deadline, CancellationToken ct)
    {
        await Executions.FinishAsync(ctx, branch, ExecutionStatus.Suspended, null, ct);
        branch.Status = BranchStatus.Joining;
        branch.ChildrenTotal = total;
        branch.ChildrenDone = 0;
        branch.JoinNeeded = needed;
        ctx.ForkedBranches += total;
        ctx.Log("fork", branch, $"{total} branches; join when {needed} complete" + (deadline is null ? "" : $" or at {deadline:O}"));
        if (deadline is { } due)
        {
            var bookmark = await BookmarkStore.CreateAsync(ctx.Connection, ctx.Transaction, branch, BookmarkKind.Deadline, null, null, due, ctx.Now, ct);
            ctx.AfterCommit.Timer(bookmark, due);
        }

        var batches = (total + options.BatchSize - 1) / options.BatchSize;
        ctx.AfterCommit.Advance(ctx.Instance.Id, Math.Clamp(batches, 1, options.MaxParallelBatches));
    }

    private static void AddChild(AdvanceContext ctx, BranchState parent, StepDefinition fork, StepSequence sequence, int ordinal, string key, string scope, string? itemName, object? item)
    {
        var child = new BranchState
        {
            Id = Guid.CreateVersion7(ctx.Now),
            InstanceId = parent.InstanceId,
            ParentBranchId = parent.Id,
            ForkStepId = fork.Id,
            Ordinal = ordinal,
            BranchKey = key,
            Scope = scope,
            ItemName = itemName,
            Item = item,
            Status = BranchStatus.Ready,
            Outputs = new Dictionary<string, object?>(StringComparer.Ordinal),
            Visits = new Dictionary<string, object?>(StringComparer.Ordinal),
            IsNew = true,
        };
        child.Enter(sequence.Steps[0].Id, ctx.Now);
        ctx.NewBranches.Add(child);
    }

    /// <summary>e.g. <c>ask</c>, <c>ask#1</c> on a second visit (a loop), under the parent's own scope.</summary>
    private static string ScopePrefix(BranchState branch, StepDefinition step)
    {
        var own = branch.Iteration == 0 ? step.Id : $"{step.Id}#{branch.Iteration}";
        return branch.Scope.Length == 0 ? own : $"{branch.Scope}/{own}";
    }
}
