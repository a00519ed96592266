using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Review4U.Data.Members;

/// <summary>
/// Reads a members YAML file: <c>organisations:</c>, a list of mappings with the CSV's fields, contacts as a
/// list under <c>contacts:</c>. Lines come from the YAML nodes, so problems point at the offending value.
/// </summary>
public static class YamlMemberReader
{
    private static readonly string[] OrganisationFields = [.. MemberColumns.Organisation, "contacts"];

    public static SourceDocument Read(string fileName, TextReader text)
    {
        var problems = new List<ImportProblem>();
        var content = text.ReadToEnd();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException e)
        {
            return Invalid(fileName, (int)e.Start.Line, e.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException when the input ends inside a flow collection.
            return Invalid(fileName, content.Split('\n').Length, "the file ends inside [ ] or { } (a bracket is not closed)");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("organisations"), out var listNode) || listNode is not YamlSequenceNode list)
        {
            return new SourceDocument([], [new ImportProblem(fileName, 1, "organisations", "expected a top-level \"organisations:\" list")]);
        }

        var organisations = new List<SourceOrganisation>();
        var index = 0;
        foreach (var item in list.Children)
        {
            index++;
            var path = string.Create(CultureInfo.InvariantCulture, $"organisations[{index}]");
            if (item is not YamlMappingNode map)
            {
                problems.Add(new ImportProblem(fileName, Line(item), path, "expected a mapping with name, type, country…"));
                continue;
            }

            organisations.Add(ToOrganisation(fileName, map, problems));
        }

        return new SourceDocument(organisations, problems);
    }

    private static SourceDocument Invalid(string fileName, int line, string message)
    {
        // YamlDotNet prefixes messages with "(Line: …, Col: …, Idx: …) - (…): "; the line is already in front.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var reason = cut >= 0 ? message[(cut + 3)..] : message;
        return new SourceDocument([], [new ImportProblem(fileName, Math.Max(1, line), "yaml", "not valid YAML: " + reason)]);
    }

    private static SourceOrganisation ToOrganisation(string fileName, YamlMappingNode map, List<ImportProblem> problems)
    {
        var line = Line(map);
        ReportUnknownFields(fileName, map, OrganisationFields, "", problems);
        var contacts = new List<SourceContact>();
        if (Child(map, "contacts") is { } contactsNode)
        {
            if (contactsNode is YamlSequenceNode contactList)
            {
                var n = 0;
                foreach (var contactNode in contactList.Children)
                {
                    n++;
                    var prefix = string.Create(CultureInfo.InvariantCulture, $"contacts[{n}].");
                    if (contactNode is not YamlMappingNode contactMap)
                    {
                        problems.Add(new ImportProblem(fileName, Line(contactNode), $"contacts[{n}]", "expected a mapping with name, email, language, gender"));
                        continue;
                    }

                    ReportUnknownFields(fileName, contactMap, MemberColumns.ContactFields, prefix, problems);
                    contacts.Add(new SourceContact(
                        Scalar(fileName, contactMap, "name", prefix, problems), Scalar(fileName, contactMap, "email", prefix, problems),
                        Scalar(fileName, contactMap, "language", prefix, problems), Scalar(fileName, contactMap, "gender", prefix, problems)));
                }
            }
            else
            {
                problems.Add(new ImportProblem(fileName, Line(contactsNode), "contacts", "expected a list of contacts"));
            }
        }

        return new SourceOrganisation(
            line,
            Scalar(fileName, map, MemberColumns.Key, "", problems), Scalar(fileName, map, MemberColumns.Name, "", problems),
            Scalar(fileName, map, MemberColumns.Type, "", problems), Scalar(fileName, map, MemberColumns.Country, "", problems),
            Sequence(fileName, map, MemberColumns.ThematicAreas, problems), Sequence(fileName, map, MemberColumns.Services, problems),
            "contacts", contacts);
    }

    private static SourceField Scalar(string fileName, YamlMappingNode map, string field, string prefix, List<ImportProblem> problems)
    {
        var node = Child(map, field);
        switch (node)
        {
            case null:
                return new SourceField(prefix + field, Line(map), "");
            case YamlScalarNode scalar:
                return new SourceField(prefix + field, Line(scalar), (scalar.Value ?? "").Trim());
            default:
                problems.Add(new ImportProblem(fileName, Line(node), prefix + field, "expected a single value"));
                return new SourceField(prefix + field, Line(node), "");
        }
    }

    private static SourceList Sequence(string fileName, YamlMappingNode map, string field, List<ImportProblem> problems)
    {
        var node = Child(map, field);
        switch (node)
        {
            case null:
                return new SourceList(field, Line(map), []);
            case YamlSequenceNode sequence:
                return new SourceList(field, Line(sequence), sequence.Children.OfType<YamlScalarNode>().Select(s => (s.Value ?? "").Trim()).ToList());
            case YamlScalarNode scalar:
                // One code written without brackets is still a list of one.
                return new SourceList(field, Line(scalar), string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()]);
            default:
                problems.Add(new ImportProblem(fileName, Line(node), field, "expected a list of codes"));
                return new SourceList(field, Line(node), []);
        }
    }

    private static void ReportUnknownFields(string fileName, YamlMappingNode map, IReadOnlyList<string> known, string prefix, List<ImportProblem> problems)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                problems.Add(new ImportProblem(fileName, Line(key), prefix + name, $"unknown field (expected one of {string.Join(", ", known)})"));
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string field) =>
        map.Children.TryGetValue(new YamlScalarNode(field), out var node) ? node : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
