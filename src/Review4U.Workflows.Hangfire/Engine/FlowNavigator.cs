using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps.BuiltIn;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Where a branch goes after a step: <c>next</c>, the following step, or out of its sequence.</summary>
internal static class FlowNavigator
{
    /// <summary>Records the step's outputs on the branch and moves it on.</summary>
    public static async Task CompleteAsync(AdvanceContext ctx, BranchState branch, StepDefinition step, IReadOnlyDictionary<string, object?> outputs, CancellationToken ct, string status = ExecutionStatus.Completed)
    {
        await Executions.FinishAsync(ctx, branch, status, outputs, ct);
        branch.Outputs[step.Id] = outputs;
        ctx.Log(status == ExecutionStatus.Skipped ? "skipped" : "step", branch);
        MoveAfter(ctx, branch, step);
    }

    public static void MoveAfter(AdvanceContext ctx, BranchState branch, StepDefinition step)
    {
        var position = ctx.Definition.StepPositions[step.Id];
        var target = step.Next switch
        {
            StepDefinition.EndOfSequence => null,
            null => position.Index + 1 < position.Sequence.Count ? position.Sequence.Steps[position.Index + 1].Id : null,
            var id => id,
        };
        if (target is not null)
        {
            branch.Enter(target, ctx.Now);
            return;
        }

        var owner = position.Owner;
        if (owner is null || owner.Type is BuiltInStepTypes.ForEach or BuiltInStepTypes.Parallel)
        {
            branch.Status = BranchStatus.Completed;
            branch.StepId = null;
            if (branch.ParentBranchId is { } parent)
            {
                ctx.CompletedChildren[parent] = ctx.CompletedChildren.GetValueOrDefault(parent) + 1;
            }
            else
            {
                ctx.RootCompleted = true;
            }

            return;
        }

        MoveAfter(ctx, branch, owner);
    }

    /// <summary>Enters a nested sequence (then, else, a case); an empty or missing one continues after the owner.</summary>
    public static void Enter(AdvanceContext ctx, BranchState branch, StepDefinition owner, StepSequence? sequence)
    {
        if (sequence is null || sequence.Count == 0)
        {
            MoveAfter(ctx, branch, owner);
        }
        else
        {
            branch.Enter(sequence.Steps[0].Id, ctx.Now);
        }
    }
}
