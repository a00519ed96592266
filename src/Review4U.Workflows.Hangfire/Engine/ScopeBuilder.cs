using Review4U.Workflows.Expressions;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Builds the expression scope of a branch: its own and its enclosing branches' outputs and forEach items.</summary>
internal static class ScopeBuilder
{
    public static ExpressionScope Build(AdvanceContext ctx, BranchState branch, object? eventPayload)
    {
        var chain = new List<BranchState>();
        for (BranchState? current = branch; current is not null;
             current = current.ParentBranchId is { } parent ? ctx.Ancestors.GetValueOrDefault(parent) ?? ctx.Touched.GetValueOrDefault(parent) : null)
        {
            chain.Add(current);
        }

        chain.Reverse();
        var steps = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
        var locals = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var level in chain)
        {
            foreach (var (stepId, output) in level.Outputs)
            {
                steps[stepId] = output as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
            }

            if (level.ItemName is not null)
            {
                locals["item"] = level.Item;
                locals[level.ItemName] = level.Item;
            }
        }

        return new ExpressionScope
        {
            InstanceId = ctx.Instance.Id,
            WorkflowId = ctx.Definition.Id,
            WorkflowVersion = ctx.Definition.Version,
            BodyId = ctx.Instance.BodyId,
            Inputs = ctx.Instance.Inputs,
            Variables = ctx.Instance.Variables,
            Steps = steps,
            Locals = locals,
            Event = eventPayload,
            Now = ctx.Now,
        };
    }
}
