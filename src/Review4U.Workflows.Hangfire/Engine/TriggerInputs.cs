using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Renders a trigger's input templates; they may read <c>now</c> and, for event triggers, <c>event</c>.</summary>
internal static class TriggerInputs
{
    public static Dictionary<string, object?> Render(IExpressionEvaluator evaluator, TriggerDefinition trigger, WorkflowDefinition definition, DateTimeOffset now, object? eventPayload)
    {
        var scope = new ExpressionScope { WorkflowId = definition.Id, WorkflowVersion = definition.Version, Now = now, Event = eventPayload };
        return trigger.Inputs.Entries.ToDictionary(
            entry => entry.Key,
            entry => entry.Value is ScalarParameterValue { IsTemplate: true } template
                ? evaluator.Render(template.Text!, DataType.Any, scope)
                : entry.Value.ToPlainValue(),
            StringComparer.Ordinal);
    }
}
