using Cronos;
using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Validation;

/// <summary>Trigger rules: unique ids, valid cron and time zone, inputs that exist and cover the required ones, conditions that parse.</summary>
internal sealed class TriggerChecker(WorkflowDefinition definition, TemplateChecker templates, DiagnosticBag diagnostics)
{
    public void Check()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var trigger in definition.Triggers)
        {
            if (!ids.Add(trigger.Id))
            {
                diagnostics.Add(trigger.Location, $"duplicate trigger id '{trigger.Id}'", "give each trigger a distinct 'id:'");
            }

            if (trigger is CronTriggerDefinition cron)
            {
                CheckCron(cron);
            }

            CheckInputs(trigger);
        }
    }

    private void CheckCron(CronTriggerDefinition cron)
    {
        if (cron.Cron.Length > 0)
        {
            var fields = cron.Cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var format = fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
            if (fields is not (5 or 6) || !CronExpression.TryParse(cron.Cron, format, out _))
            {
                diagnostics.Add(cron.Location, $"cron '{cron.Cron}' is not a valid cron expression",
                    "5 fields (minute hour day-of-month month day-of-week), or 6 with seconds first; e.g. \"0 9 * * MON#1\" is 09:00 on the first Monday of each month");
            }
        }

        if (cron.TimeZone is { Length: > 0 } && !TimeZoneInfo.TryFindSystemTimeZoneById(cron.TimeZone, out _))
        {
            diagnostics.Add(cron.Location, $"time zone '{cron.TimeZone}' is unknown", "use an IANA id such as Europe/Vienna, Africa/Nairobi or UTC");
        }
    }

    private void CheckInputs(TriggerDefinition trigger)
    {
        var declared = definition.Inputs.ToDictionary(input => input.Name, StringComparer.Ordinal);
        foreach (var entry in trigger.Inputs.Entries)
        {
            if (!declared.ContainsKey(entry.Key))
            {
                diagnostics.Add(entry.KeyLocation, $"trigger '{trigger.Id}' gives unknown input '{entry.Key}'", Suggestions.Hint(entry.Key, declared.Keys, "inputs"));
            }
        }

        if (trigger.Kind != TriggerKind.Manual)
        {
            foreach (var missing in definition.Inputs.Where(input => input.Required && input.Default is null && trigger.Inputs[input.Name] is null))
            {
                diagnostics.Add(trigger.Location, $"trigger '{trigger.Id}' does not give required input '{missing.Name}'", $"add it under the trigger's 'inputs:', e.g. '{missing.Name}: …'");
            }
        }

        var roots = new HashSet<string>(StringComparer.Ordinal) { ScopeNames.Now };
        if (trigger.Kind == TriggerKind.Event)
        {
            roots.Add(ScopeNames.Event);
        }

        if (trigger is CronTriggerDefinition { ForEachBody: not null })
        {
            roots.Add(ScopeNames.Body);
        }

        var scope = new TemplateScope(roots, new HashSet<string>(StringComparer.Ordinal), $"a {trigger.Kind.ToString().ToLowerInvariant()} trigger's inputs");
        templates.CheckNested(trigger.Inputs, scope, $"trigger '{trigger.Id}' input");
        if (trigger is CronTriggerDefinition { When: { } when })
        {
            templates.Check(when.Text, Expressions.ExpressionSyntax.Condition, when.Location, scope with { Where = "a cron trigger's 'when:'" }, $"trigger '{trigger.Id}' condition");
        }
    }
}
