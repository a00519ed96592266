using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Triggers;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// Renders a trigger's input templates; they may read <c>now</c>, for event triggers <c>event</c>, and for per-body
/// cron triggers <c>body</c>.
/// </summary>
internal static class TriggerInputs
{
    /// <summary>What a trigger's templates and its <c>when:</c> read: <c>now</c>, <c>event</c>, <c>body</c>.</summary>
    public static ExpressionScope Scope(WorkflowDefinition definition, DateTimeOffset now, object? eventPayload, TriggerBody? body) => new()
    {
        WorkflowId = definition.Id,
        WorkflowVersion = definition.Version,
        Now = now,
        Event = eventPayload,
        Body = body is null ? null : ToScope(body),
    };

    public static Dictionary<string, object?> Render(
        IExpressionEvaluator evaluator, TriggerDefinition trigger, WorkflowDefinition definition, DateTimeOffset now, object? eventPayload, TriggerBody? body = null)
    {
        var scope = Scope(definition, now, eventPayload, body);
        return trigger.Inputs.Entries.ToDictionary(
            entry => entry.Key,
            entry => entry.Value is ScalarParameterValue { IsTemplate: true } template
                ? evaluator.Render(template.Text!, DataType.Any, scope)
                : entry.Value.ToPlainValue(),
            StringComparer.Ordinal);
    }

    private static Dictionary<string, object?> ToScope(TriggerBody body) => new(StringComparer.Ordinal)
    {
        ["id"] = body.Id.ToString(),
        ["code"] = body.Code,
        ["name"] = body.Name,
        ["kind"] = body.Kind,
        ["timeZone"] = body.TimeZone,
        ["facts"] = body.Facts,
    };
}
