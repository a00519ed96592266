using Review4U.Workflows.Definitions;
using Spectre.Console;

namespace Review4U.Cli.Commands.Workflows;

/// <summary>A definition as a Spectre.Console tree: inputs, variables, triggers, then the steps with their nested sequences.</summary>
internal static class WorkflowTree
{
    public static Tree Build(WorkflowDefinition definition)
    {
        var tree = new Tree($"[bold]{Markup.Escape(definition.Id)}[/] v{definition.Version}: {Markup.Escape(definition.Title)}");
        if (definition.Inputs.Count > 0)
        {
            var inputs = tree.AddNode("[grey]inputs[/]");
            foreach (var input in definition.Inputs)
            {
                inputs.AddNode(Markup.Escape($"{input.Name}: {input.Type.ToName()}{(input.Required ? " (required)" : "")}"));
            }
        }

        if (definition.Variables.Count > 0)
        {
            var variables = tree.AddNode("[grey]variables[/]");
            foreach (var variable in definition.Variables)
            {
                variables.AddNode(Markup.Escape($"{variable.Name} = {Show(variable.InitialValue)}"));
            }
        }

        if (definition.Triggers.Count > 0)
        {
            var triggers = tree.AddNode("[grey]triggers[/]");
            foreach (var trigger in definition.Triggers)
            {
                triggers.AddNode(Markup.Escape(trigger switch
                {
                    CronTriggerDefinition cron => Describe(cron),
                    EventTriggerDefinition on => $"{on.Id}: on event {on.EventName}",
                    _ => $"{trigger.Id}: manual",
                }));
            }
        }

        AddSteps(tree.AddNode("[grey]steps[/]"), definition.Steps);
        return tree;
    }

    private static string Describe(CronTriggerDefinition cron)
    {
        var zone = cron.TimeZone is { Length: > 0 } given ? $"in {given}" : "in each body's zone";
        var bodies = cron.ForEachBody switch
        {
            null => "",
            BodySelection.All => " for each body",
            { } selection => $" for each {selection.ToName()}",
        };
        var when = cron.When is { } condition ? $" when {condition.Text}" : "";
        return $"{cron.Id}: cron \"{cron.Cron}\" {zone}{bodies}{when}";
    }

    private static void AddSteps(TreeNode parent, StepSequence sequence)
    {
        foreach (var step in sequence.Steps)
        {
            var next = step.Next is null ? "" : $" [yellow]→ {Markup.Escape(step.Next)}[/]";
            var parameters = step.Parameters.Count == 0 ? "" : " " + Markup.Escape(string.Join(", ", step.Parameters.Entries.Select(e => $"{e.Key}: {Show(e.Value)}")));
            var node = parent.AddNode($"[bold]{Markup.Escape(step.Id)}[/] [blue]{Markup.Escape(step.Type)}[/]{parameters}{next}");
            foreach (var (slot, nested) in step.NestedSequences())
            {
                AddSteps(node.AddNode($"[grey]{Markup.Escape(slot)}[/]"), nested);
            }
        }
    }

    private static string Show(ParameterValue value)
    {
        var text = value switch
        {
            ScalarParameterValue scalar => scalar.Text ?? "null",
            ListParameterValue list => "[" + string.Join(", ", list.Items.Select(Show)) + "]",
            MapParameterValue map => "{ " + string.Join(", ", map.Entries.Select(e => $"{e.Key}: {Show(e.Value)}")) + " }",
            _ => "",
        };
        return text.Length > 60 ? text[..57] + "..." : text;
    }
}
