using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Review4U.Documents.Questionnaires;

/// <summary>Collects errors with the position of the node they concern, and reads typed fields.</summary>
internal sealed class YamlErrorSink(string file)
{
    private readonly List<QuestionnaireError> _errors = [];

    public IReadOnlyList<QuestionnaireError> Errors => _errors;

    public void Add(Mark at, string message) => _errors.Add(new QuestionnaireError(file, at.Line, at.Column, message));

    public void Add(YamlNode at, string message) => Add(at.Start, message);

    /// <summary>Reports fields not in <paramref name="allowed"/>; returns the fields by name.</summary>
    public Dictionary<string, YamlNode> Fields(YamlMappingNode mapping, IReadOnlyList<string> allowed)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                Add(keyNode, $"unknown field '{key}' (expected one of: {string.Join(", ", allowed)})");
            }
            else if (!fields.TryAdd(key, value))
            {
                Add(keyNode, $"field '{key}' appears twice");
            }
        }

        return fields;
    }

    public string? RequiredScalar(YamlMappingNode owner, Dictionary<string, YamlNode> fields, string name)
    {
        if (!fields.TryGetValue(name, out var node))
        {
            Add(owner, $"missing required field '{name}'");
            return null;
        }

        return Scalar(node, name);
    }

    public string? Scalar(YamlNode node, string name)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Add(node, $"'{name}' must be a non-empty text");
        return null;
    }

    public T? Node<T>(YamlNode node, string name, string expected)
        where T : YamlNode
    {
        if (node is T typed)
        {
            return typed;
        }

        Add(node, $"'{name}' must be {expected}");
        return null;
    }
}
