using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps.BuiltIn;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>The waiting built-ins (delay, waitEvent) and the bookmark work every suspension shares.</summary>
internal static class WaitSteps
{
    public static async Task DelayAsync(AdvanceContext ctx, BranchState branch, StepDefinition step, DelayParameters parameters, ResumeSignal? resume, CancellationToken ct)
    {
        var due = parameters.Until ?? ctx.Now + (parameters.Duration ?? TimeSpan.Zero);
        if (resume?.Kind == ResumeSignal.Timer || due <= ctx.Now)
        {
            await FlowNavigator.CompleteAsync(ctx, branch, step, new Dictionary<string, object?> { ["dueAt"] = due }, ct);
            return;
        }

        await SuspendAsync(ctx, branch, BookmarkKind.Timer, null, null, due, $"until {due:O}", ct);
    }

    public static async Task WaitEventAsync(AdvanceContext ctx, BranchState branch, StepDefinition step, WaitEventParameters parameters, ResumeSignal? resume, CancellationToken ct)
    {
        if (resume?.Kind is ResumeSignal.Event or ResumeSignal.Timer)
        {
            var timedOut = resume.Kind == ResumeSignal.Timer;
            await FlowNavigator.CompleteAsync(ctx, branch, step, EventOutputs(timedOut ? null : resume.Payload, timedOut), ct);
            return;
        }

        var due = parameters.Timeout is { } timeout ? ctx.Now + timeout : (DateTimeOffset?)null;
        var (consumed, payload) = await WaitForEventAsync(ctx, branch, parameters.Event, parameters.Key ?? "", due, ct);
        if (consumed)
        {
            await FlowNavigator.CompleteAsync(ctx, branch, step, EventOutputs(payload, false), ct);
        }
    }

    private static Dictionary<string, object?> EventOutputs(object? payload, bool timedOut) =>
        new() { ["payload"] = payload, ["timedOut"] = timedOut };

    /// <summary>Creates the event wait, or consumes an event that arrived before it (then the wait is already over).</summary>
    public static async Task<(bool Consumed, object? Payload)> WaitForEventAsync(AdvanceContext ctx, BranchState branch, string name, string key, DateTimeOffset? due, CancellationToken ct)
    {
        await BookmarkStore.LockEventAsync(ctx.Connection, ctx.Transaction, name, key, ct);
        var bookmark = await BookmarkStore.CreateAsync(ctx.Connection, ctx.Transaction, branch, BookmarkKind.Event, name, key, due, ctx.Now, ct);
        var (found, payload) = await BookmarkStore.ConsumePendingAsync(ctx.Connection, ctx.Transaction, name, key, bookmark, ctx.Now, ct);
        if (found)
        {
            await BookmarkStore.ResolveAsync(ctx.Connection, ctx.Transaction, bookmark, "resumed", payload, ctx.Now, ct);
            ctx.Log("resume", branch, $"event {name} [{key}] had arrived before the wait");
            return (true, payload);
        }

        await Executions.FinishAsync(ctx, branch, ExecutionStatus.Suspended, null, ct);
        branch.Status = BranchStatus.Waiting;
        ctx.Log("wait", branch, $"event {name} [{key}]" + (due is null ? "" : $" until {due:O}"));
        if (due is { } at)
        {
            ctx.AfterCommit.Timer(bookmark, at);
        }

        return (false, null);
    }

    public static async Task SuspendAsync(AdvanceContext ctx, BranchState branch, string kind, string? name, string? key, DateTimeOffset due, string detail, CancellationToken ct)
    {
        var bookmark = await BookmarkStore.CreateAsync(ctx.Connection, ctx.Transaction, branch, kind, name, key, due, ctx.Now, ct);
        await Executions.FinishAsync(ctx, branch, ExecutionStatus.Suspended, null, ct);
        branch.Status = BranchStatus.Waiting;
        ctx.AfterCommit.Timer(bookmark, due);
        ctx.Log("wait", branch, detail);
    }
}
