using System.Globalization;
using System.Text.RegularExpressions;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Review4U.Workflows.Loading;

/// <summary>Node-level reading helpers of <see cref="DefinitionReader"/>: each reports what it expected where it found something else.</summary>
internal sealed partial class DefinitionReader
{
    private TimeSpan? ReadDuration(YamlMappingNode map, string key)
    {
        if (Get(map, key) is not { } node)
        {
            return null;
        }

        var text = (node as YamlScalarNode)?.Value;
        if (IsoDuration.TryParse(text, out var duration, out var error))
        {
            return duration;
        }

        diagnostics.Add(YamlNodes.At(file, node), $"retry {key}: {(text is null ? $"{YamlNodes.Describe(node)} is not a duration" : error)}", $"write {IsoDuration.Hint}");
        return null;
    }

    private bool? ReadBool(YamlMappingNode map, string key)
    {
        if (Get(map, key) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        diagnostics.Add(YamlNodes.At(file, node), $"{key} {YamlNodes.Describe(node)} is not true or false", "write true or false without quotes");
        return null;
    }

    private string Name(YamlNode key, string what)
    {
        var name = YamlNodes.KeyText(key);
        if (!Identifier().IsMatch(name))
        {
            diagnostics.Add(YamlNodes.At(file, key), $"{what} name '{name}' is not an identifier", "use letters, digits and '_', starting with a letter, so templates can read it");
        }

        return name;
    }

    private string? RequiredText(YamlMappingNode map, string key, string hint)
    {
        var node = Get(map, key);
        if (node is null)
        {
            diagnostics.Add(YamlNodes.At(file, map), $"missing required key '{key}'", hint);
            return null;
        }

        return Text(node, key, hint);
    }

    private string? OptionalText(YamlMappingNode map, string key) =>
        Get(map, key) is { } node ? Text(node, key, "write it as text") : null;

    private string? Text(YamlNode node, string key, string hint)
    {
        if (node is YamlScalarNode scalar && !YamlNodes.IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value;
        }

        diagnostics.Add(YamlNodes.At(file, node), $"'{key}' must be non-empty text, not {YamlNodes.Describe(node)}", hint);
        return null;
    }

    private YamlMappingNode? ExpectMap(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null or YamlMappingNode || YamlNodes.IsNull(node))
        {
            return node as YamlMappingNode;
        }

        diagnostics.Add(YamlNodes.At(file, node), $"'{key}' must be a map, not {YamlNodes.Describe(node)}", "write 'name: value' pairs indented below it");
        return null;
    }

    private YamlSequenceNode? ExpectSequence(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null or YamlSequenceNode || YamlNodes.IsNull(node))
        {
            return node as YamlSequenceNode;
        }

        diagnostics.Add(YamlNodes.At(file, node), $"'{key}' must be a list, not {YamlNodes.Describe(node)}", "write each item on its own line starting with '- '");
        return null;
    }

    private void CheckKeys(YamlMappingNode map, string[] allowed, string what)
    {
        foreach (var key in map.Children.Keys)
        {
            var text = YamlNodes.KeyText(key);
            if (!allowed.Contains(text, StringComparer.Ordinal))
            {
                diagnostics.Add(YamlNodes.At(file, key), $"unknown key '{text}'", Suggestions.Hint(text, allowed, what));
            }
        }
    }

    private SourceLocation LocationOf(YamlMappingNode map, string key) => YamlNodes.At(file, Get(map, key) ?? map);

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string Clean(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var end = message.IndexOf("): ", StringComparison.Ordinal);
        return (end >= 0 && message.StartsWith('(') ? message[(end + 3)..] : message).TrimEnd('.');
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();

    [GeneratedRegex("^[1-9][0-9]{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex PositiveInteger();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
