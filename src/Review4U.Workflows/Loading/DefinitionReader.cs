using System.Globalization;
using System.Text.RegularExpressions;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Review4U.Workflows.Loading;

/// <summary>
/// Turns one YAML document into a <see cref="WorkflowDefinition"/>, reporting shape errors (wrong kinds of node,
/// unknown or missing keys, bad version, bad input types, bad retry). Semantics are checked by the validator.
/// It builds as much of the definition as it can so every error of the file is reported in one run.
/// </summary>
internal sealed partial class DefinitionReader(string file, DiagnosticBag diagnostics)
{
    private static readonly string[] TopLevelKeys = ["id", "version", "title", "description", "inputs", "variables", "triggers", "steps"];
    private static readonly string[] InputKeys = ["type", "required", "default", "description"];
    private static readonly string[] TriggerKeys = ["id", "type", "cron", "timeZone", "forEachBody", "when", "event", "inputs"];
    private static readonly string[] StepKeys = ["id", "type", "with", "next", "retry", "then", "else", "cases", "default", "do", "branches"];
    private static readonly string[] RetryKeys = ["attempts", "backoff", "maxBackoff", "multiplier"];
    private static readonly string[] TriggerTypes = ["manual", "cron", "event"];

    public WorkflowDefinition? Read(byte[] content, string contentHash)
    {
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(new MemoryStream(content));
            yaml.Load(reader);
        }
        catch (YamlException exception)
        {
            diagnostics.Add(YamlNodes.At(file, exception.Start), $"the file is not valid YAML: {Clean(exception)}", "check indentation and quote values containing ': ' or '#'");
            return null;
        }

        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = yaml.Documents.Count > 0 ? YamlNodes.At(file, yaml.Documents[0].RootNode) : new SourceLocation(file, 1, 1);
            diagnostics.Add(at, "a workflow file must hold exactly one YAML map", "start with 'id:', 'version:', 'title:' and 'steps:'");
            return null;
        }

        CheckKeys(root, TopLevelKeys, "top-level keys");
        return new WorkflowDefinition
        {
            Id = ReadId(root),
            Version = ReadVersion(root),
            Title = RequiredText(root, "title", "a short title, e.g. 'title: Contribution round'") ?? "",
            Description = OptionalText(root, "description"),
            Inputs = ReadInputs(root),
            Variables = ReadVariables(root),
            Triggers = ReadTriggers(root),
            Steps = ReadTopLevelSteps(root),
            ContentHash = contentHash,
            SourcePath = file,
            IdLocation = LocationOf(root, "id"),
            VersionLocation = LocationOf(root, "version"),
        };
    }

    private string ReadId(YamlMappingNode root)
    {
        var id = RequiredText(root, "id", "a kebab-case id, e.g. 'id: contribution-round'");
        if (id is not null && !KebabCase().IsMatch(id))
        {
            diagnostics.Add(YamlNodes.At(file, Get(root, "id")!), $"id '{id}' is not kebab-case", "use lower-case letters, digits and single hyphens, e.g. 'contribution-round'");
        }

        return id ?? "";
    }

    private int ReadVersion(YamlMappingNode root)
    {
        var node = Get(root, "version");
        if (node is null)
        {
            diagnostics.Add(YamlNodes.At(file, root), "missing required key 'version'", "add 'version: 1' and raise it whenever the file changes");
            return 0;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain } scalar && PositiveInteger().IsMatch(scalar.Value ?? "")
            && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        diagnostics.Add(YamlNodes.At(file, node), $"version {YamlNodes.Describe(node)} is not a positive integer", "write e.g. 'version: 3' (no quotes, no dots)");
        return 0;
    }

    private StepSequence ReadTopLevelSteps(YamlMappingNode root)
    {
        var node = Get(root, "steps");
        if (node is null)
        {
            diagnostics.Add(YamlNodes.At(file, root), "missing required key 'steps'", "add 'steps:' with at least one step");
            return StepSequence.Empty(YamlNodes.At(file, root));
        }

        var steps = ReadSequence(node, "steps");
        if (steps.Count == 0 && node is YamlSequenceNode)
        {
            diagnostics.Add(YamlNodes.At(file, node), "'steps' is empty", "a workflow needs at least one step");
        }

        return steps;
    }

    private StepSequence ReadSequence(YamlNode node, string what)
    {
        var location = YamlNodes.At(file, node);
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Add(location, $"'{what}' must be a list of steps, not {YamlNodes.Describe(node)}", "write each step as '- id: …' on its own line");
            return StepSequence.Empty(location);
        }

        var steps = new List<StepDefinition>();
        foreach (var child in sequence.Children)
        {
            if (child is YamlMappingNode step)
            {
                steps.Add(ReadStep(step));
            }
            else
            {
                diagnostics.Add(YamlNodes.At(file, child), $"a step must be a map, not {YamlNodes.Describe(child)}", "e.g. '- id: announce' then 'type: log' indented below it");
            }
        }

        return new StepSequence(steps, location);
    }

    private StepDefinition ReadStep(YamlMappingNode step)
    {
        CheckKeys(step, StepKeys, "step keys");
        var location = YamlNodes.At(file, step);
        var id = RequiredText(step, "id", "every step needs an id unique in the file") ?? "";
        var type = RequiredText(step, "type", "e.g. 'type: log'") ?? "";
        var with = Get(step, "with");
        MapParameterValue parameters;
        if (with is YamlMappingNode withMap)
        {
            parameters = YamlNodes.ToMap(file, withMap);
        }
        else
        {
            if (with is not null && !YamlNodes.IsNull(with))
            {
                diagnostics.Add(YamlNodes.At(file, with), $"'with' must be a map of parameters, not {YamlNodes.Describe(with)}", "e.g. 'with: { message: Hello }'");
            }

            parameters = MapParameterValue.Empty(location);
        }

        return new StepDefinition
        {
            Id = id,
            Type = type,
            Parameters = parameters,
            Next = OptionalText(step, "next"),
            Retry = ReadRetry(step),
            Then = Get(step, "then") is { } then ? ReadSequence(then, "then") : null,
            Else = Get(step, "else") is { } otherwise ? ReadSequence(otherwise, "else") : null,
            Cases = ReadNamedSequences(step, "cases"),
            Default = Get(step, "default") is { } fallback ? ReadSequence(fallback, "default") : null,
            Do = Get(step, "do") is { } body ? ReadSequence(body, "do") : null,
            Branches = ReadNamedSequences(step, "branches"),
            Location = location,
        };
    }

    private List<KeyValuePair<string, StepSequence>> ReadNamedSequences(YamlMappingNode step, string key)
    {
        if (ExpectMap(step, key) is not { } map)
        {
            return [];
        }

        return [.. map.Children.Select(pair => new KeyValuePair<string, StepSequence>(
            YamlNodes.KeyText(pair.Key), ReadSequence(pair.Value, $"{key}.{YamlNodes.KeyText(pair.Key)}")))];
    }

    private RetryPolicy? ReadRetry(YamlMappingNode step)
    {
        if (ExpectMap(step, "retry") is not { } retry)
        {
            return null;
        }

        CheckKeys(retry, RetryKeys, "retry keys");
        var attempts = 3;
        if (Get(retry, "attempts") is { } attemptsNode)
        {
            if (attemptsNode is YamlScalarNode { Value: var text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 100)
            {
                attempts = parsed;
            }
            else
            {
                diagnostics.Add(YamlNodes.At(file, attemptsNode), $"retry attempts {YamlNodes.Describe(attemptsNode)} is not a whole number from 1 to 100", "attempts counts every execution: 1 means no retry");
            }
        }

        var backoff = ReadDuration(retry, "backoff") ?? TimeSpan.FromSeconds(30);
        var maxBackoff = ReadDuration(retry, "maxBackoff");
        var multiplier = 2.0;
        if (Get(retry, "multiplier") is { } multiplierNode)
        {
            if (multiplierNode is YamlScalarNode { Value: var text } && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var factor) && factor is >= 1 and <= 10)
            {
                multiplier = factor;
            }
            else
            {
                diagnostics.Add(YamlNodes.At(file, multiplierNode), $"retry multiplier {YamlNodes.Describe(multiplierNode)} is not a number from 1 to 10", "1 keeps the backoff constant, 2 doubles it after each failure");
            }
        }

        return new RetryPolicy(attempts, backoff, maxBackoff, multiplier, YamlNodes.At(file, retry));
    }
}
