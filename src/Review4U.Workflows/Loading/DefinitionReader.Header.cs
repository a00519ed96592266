using Review4U.Workflows.Definitions;
using Review4U.Workflows.Validation;
using YamlDotNet.RepresentationModel;

namespace Review4U.Workflows.Loading;

/// <summary>Reading of the top-level inputs, variables and triggers of <see cref="DefinitionReader"/>.</summary>
internal sealed partial class DefinitionReader
{
    private List<InputDefinition> ReadInputs(YamlMappingNode root)
    {
        var result = new List<InputDefinition>();
        if (ExpectMap(root, "inputs") is not { } inputs)
        {
            return result;
        }

        foreach (var (keyNode, valueNode) in inputs.Children)
        {
            var name = Name(keyNode, "input");
            var location = YamlNodes.At(file, keyNode);
            if (valueNode is YamlScalarNode shorthand && !YamlNodes.IsNull(shorthand))
            {
                result.Add(new InputDefinition(name, ReadType(shorthand), false, null, null, location));
                continue;
            }

            if (valueNode is not YamlMappingNode spec)
            {
                diagnostics.Add(YamlNodes.At(file, valueNode), $"input '{name}' must be a map or a type name, not {YamlNodes.Describe(valueNode)}", "e.g. 'deadline: { type: datetime, required: true }'");
                continue;
            }

            CheckKeys(spec, InputKeys, "input keys");
            var typeNode = Get(spec, "type");
            DataType type = DataType.String;
            if (typeNode is null)
            {
                diagnostics.Add(YamlNodes.At(file, spec), $"input '{name}' has no type", $"add 'type:' with one of: {string.Join(", ", DataTypeNames.All)}");
            }
            else
            {
                type = ReadType(typeNode);
            }

            var required = ReadBool(spec, "required") ?? false;
            var defaultNode = Get(spec, "default");
            result.Add(new InputDefinition(
                name, type, required, defaultNode is null ? null : YamlNodes.ToParameterValue(file, defaultNode), OptionalText(spec, "description"), location));
        }

        return result;
    }

    private DataType ReadType(YamlNode node)
    {
        var text = (node as YamlScalarNode)?.Value;
        if (DataTypeNames.TryParse(text, out var type))
        {
            return type.Value;
        }

        diagnostics.Add(YamlNodes.At(file, node), $"unknown type {YamlNodes.Describe(node)}", Suggestions.Hint(text ?? "", DataTypeNames.All, "types"));
        return DataType.Any;
    }

    private List<VariableDefinition> ReadVariables(YamlMappingNode root)
    {
        if (ExpectMap(root, "variables") is not { } variables)
        {
            return [];
        }

        return [.. variables.Children.Select(pair =>
            new VariableDefinition(Name(pair.Key, "variable"), YamlNodes.ToParameterValue(file, pair.Value), YamlNodes.At(file, pair.Key)))];
    }

    private List<TriggerDefinition> ReadTriggers(YamlMappingNode root)
    {
        var result = new List<TriggerDefinition>();
        if (ExpectSequence(root, "triggers") is not { } triggers)
        {
            return result;
        }

        var number = 0;
        foreach (var node in triggers.Children)
        {
            number++;
            if (node is not YamlMappingNode trigger)
            {
                diagnostics.Add(YamlNodes.At(file, node), $"a trigger must be a map, not {YamlNodes.Describe(node)}", "e.g. '- type: manual'");
                continue;
            }

            CheckKeys(trigger, TriggerKeys, "trigger keys");
            var location = YamlNodes.At(file, trigger);
            var id = OptionalText(trigger, "id") ?? $"trigger-{number}";
            var inputs = ExpectMap(trigger, "inputs") is { } map ? YamlNodes.ToMap(file, map) : MapParameterValue.Empty(location);
            var type = RequiredText(trigger, "type", "one of: manual, cron, event");
            switch (type)
            {
                case "manual":
                    RejectBodySelection(trigger, type);
                    RejectCondition(trigger, type);
                    result.Add(new ManualTriggerDefinition(id, inputs, location));
                    break;
                case "cron":
                    var cron = RequiredText(trigger, "cron", "a Cronos expression, e.g. \"0 9 * * MON#1\"") ?? "";
                    var (perBody, selection) = ReadBodySelection(trigger);
                    var zone = perBody
                        ? OptionalText(trigger, "timeZone")
                        : RequiredText(trigger, "timeZone", "an IANA time zone id, e.g. Europe/Vienna (or 'forEachBody:' to count in each body's own zone)") ?? "";
                    result.Add(new CronTriggerDefinition(id, cron, cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6, zone, inputs, location)
                    {
                        ForEachBody = selection,
                        When = ReadCondition(trigger),
                    });
                    break;
                case "event":
                    RejectBodySelection(trigger, type);
                    RejectCondition(trigger, type);
                    var eventName = RequiredText(trigger, "event", "the domain event's name, e.g. member.joined") ?? "";
                    result.Add(new EventTriggerDefinition(id, eventName, inputs, location));
                    break;
                case null:
                    break;
                default:
                    diagnostics.Add(YamlNodes.At(file, Get(trigger, "type")!), $"unknown trigger type '{type}'", Suggestions.Hint(type, TriggerTypes, "trigger types"));
                    break;
            }
        }

        return result;
    }

    /// <summary>Reads <c>forEachBody:</c>; Present is true when the key is written, even with a wrong value (reported here).</summary>
    private (bool Present, BodySelection? Selection) ReadBodySelection(YamlMappingNode trigger)
    {
        if (Get(trigger, "forEachBody") is not { } node)
        {
            return (false, null);
        }

        var text = (node as YamlScalarNode)?.Value;
        if (BodySelectionNames.TryParse(text, out var selection))
        {
            return (true, selection);
        }

        diagnostics.Add(YamlNodes.At(file, node), $"forEachBody {YamlNodes.Describe(node)} is not a body selection",
            Suggestions.Hint(text ?? "", BodySelectionNames.All, "body selections (one instance per alliance, per network, or per body of either kind)"));
        return (true, BodySelection.All); // the file is invalid already; this keeps its body.* templates from being reported too
    }

    /// <summary>Reads <c>when:</c>, a Liquid condition that decides, per occurrence (and body), whether an instance starts.</summary>
    private TriggerCondition? ReadCondition(YamlMappingNode trigger)
    {
        if (Get(trigger, "when") is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return new TriggerCondition(text, YamlNodes.At(file, node));
        }

        diagnostics.Add(YamlNodes.At(file, node), $"when {YamlNodes.Describe(node)} is not a condition",
            "write a Liquid condition as inside {% if … %}, e.g. when: \"now >= body.facts.renewalOpensAt\"");
        return null;
    }

    private void RejectCondition(YamlMappingNode trigger, string type)
    {
        if (Get(trigger, "when") is { } node)
        {
            diagnostics.Add(YamlNodes.At(file, node), $"when is only for cron triggers, not '{type}'", "a cron trigger's 'when:' skips occurrences; for a manual or event start, test the condition in the workflow's first step with 'if'");
        }
    }

    private void RejectBodySelection(YamlMappingNode trigger, string type)
    {
        if (Get(trigger, "forEachBody") is { } node)
        {
            diagnostics.Add(YamlNodes.At(file, node), $"forEachBody is only for cron triggers, not '{type}'", "only cron triggers fire per body; use 'type: cron', or give the body in the trigger's inputs");
        }
    }
}
