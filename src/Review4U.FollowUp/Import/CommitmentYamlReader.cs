using System.Globalization;
using Review4U.Data.Members;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Review4U.FollowUp.Import;

/// <summary>
/// Reads the YAML form (docs/vpi-import.md): a top-level <c>commitments:</c> list; each item may hold its child
/// items under <c>items:</c> (their parent is the enclosing key). Lines come from the YAML nodes.
/// </summary>
public static class CommitmentYamlReader
{
    private static readonly string[] Fields = ["key", "title", "description", "owner", "due", "area", "indicators", "items"];
    private static readonly string[] IndicatorFields = ["name", "baseline", "target"];

    public static SourceCommitments Read(string fileName, TextReader text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var content = text.ReadToEnd();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException e)
        {
            var cut = e.Message.LastIndexOf("): ", StringComparison.Ordinal);
            return Failed(fileName, (int)Math.Max(1, e.Start.Line), "yaml", "not valid YAML: " + (cut >= 0 ? e.Message[(cut + 3)..] : e.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException when the input ends inside a flow collection.
            return Failed(fileName, content.Split('\n').Length, "yaml", "the file ends inside [ ] or { } (a bracket is not closed)");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("commitments"), out var node) || node is not YamlSequenceNode list)
        {
            return Failed(fileName, 1, "commitments", "expected a top-level \"commitments:\" list");
        }

        var problems = new List<ImportProblem>();
        var commitments = new List<SourceCommitment>();
        ReadList(fileName, list, parent: null, commitments, problems);
        return new SourceCommitments(commitments, problems);
    }

    private static void ReadList(string fileName, YamlSequenceNode list, SourceField? parent, List<SourceCommitment> into, List<ImportProblem> problems)
    {
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                problems.Add(new ImportProblem(fileName, Line(item), "commitment", "expected a mapping with key, title, owner, due…"));
                continue;
            }

            foreach (var (name, _) in map.Children)
            {
                var field = (name as YamlScalarNode)?.Value ?? "";
                if (!Fields.Contains(field, StringComparer.Ordinal))
                {
                    problems.Add(new ImportProblem(fileName, Line(name), field, $"unknown field (expected {string.Join(", ", Fields)})"));
                }
            }

            var line = Line(map);
            var key = Field(map, "key", line, problems, fileName);
            var commitment = new SourceCommitment(
                line, key, parent ?? new SourceField("parent", line, ""), Field(map, "title", line, problems, fileName),
                Field(map, "description", line, problems, fileName), Field(map, "owner", line, problems, fileName),
                Field(map, "due", line, problems, fileName), Field(map, "area", line, problems, fileName),
                Indicators(fileName, map, problems));
            into.Add(commitment);
            if (Child(map, "items") is { } items)
            {
                if (items is YamlSequenceNode children)
                {
                    ReadList(fileName, children, key with { Column = "parent" }, into, problems);
                }
                else
                {
                    problems.Add(new ImportProblem(fileName, Line(items), "items", "expected a list of child items"));
                }
            }
        }
    }

    private static List<SourceIndicator> Indicators(string fileName, YamlMappingNode map, List<ImportProblem> problems)
    {
        var result = new List<SourceIndicator>();
        if (Child(map, "indicators") is not { } node)
        {
            return result;
        }

        if (node is not YamlSequenceNode list)
        {
            problems.Add(new ImportProblem(fileName, Line(node), "indicators", "expected a list of { name, baseline, target }"));
            return result;
        }

        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode scalar)
            {
                result.Add(new SourceIndicator(Line(item), scalar.Value ?? "", null, null));
                continue;
            }

            if (item is not YamlMappingNode indicator)
            {
                problems.Add(new ImportProblem(fileName, Line(item), "indicators", "expected { name, baseline, target } or a name"));
                continue;
            }

            foreach (var (name, _) in indicator.Children)
            {
                var field = (name as YamlScalarNode)?.Value ?? "";
                if (!IndicatorFields.Contains(field, StringComparer.Ordinal))
                {
                    problems.Add(new ImportProblem(fileName, Line(name), "indicators." + field, "unknown field (expected name, baseline, target)"));
                }
            }

            string? Value(string name) => (Child(indicator, name) as YamlScalarNode)?.Value is { Length: > 0 } v ? v.Trim() : null;
            result.Add(new SourceIndicator(Line(indicator), Value("name") ?? "", Value("baseline"), Value("target")));
        }

        return result;
    }

    private static SourceField Field(YamlMappingNode map, string name, int line, List<ImportProblem> problems, string fileName)
    {
        var node = Child(map, name);
        if (node is null)
        {
            return new SourceField(name, line, "");
        }

        if (node is not YamlScalarNode scalar)
        {
            problems.Add(new ImportProblem(fileName, Line(node), name, "expected a single value"));
            return new SourceField(name, Line(node), "");
        }

        return new SourceField(name, Line(node), (scalar.Value ?? "").Trim());
    }

    private static YamlNode? Child(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static SourceCommitments Failed(string fileName, int line, string field, string message) =>
        new([], [new ImportProblem(fileName, line, field, message)]);
}
