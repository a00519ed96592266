using ThematicAreas = Review4U.Domain.Vocabulary.ThematicAreas;
using System.Globalization;
using System.Text.RegularExpressions;
using Review4U.Documents.Codes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Review4U.Documents.Questionnaires;

/// <summary>Turns one questionnaire file into the model, reporting every error with its position.</summary>
internal sealed partial class QuestionnaireParser(string file)
{
    private static readonly string[] RootFields = ["id", "version", "title", "description", "sections"];
    private static readonly string[] SectionFields = ["id", "cluster", "instrument", "title", "questions"];
    private static readonly string[] QuestionFields = ["id", "type", "text", "guidance", "options", "tags"];
    private static readonly string[] OptionFields = ["id", "text"];

    private readonly YamlErrorSink _sink = new(file);
    private readonly Dictionary<string, Mark> _sectionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Mark> _questionIds = new(StringComparer.Ordinal);

    public QuestionnaireLoadResult Parse(TextReader reader)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(reader);
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException exception)
        {
            _sink.Add(exception.Start, "invalid YAML: " + exception.Message);
            return Result(null);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18.1's scanner throws this instead of a YamlException on some unterminated flow
            // collections; its position is still where reading stopped.
            _sink.Add(scanner.CurrentPosition, "invalid YAML: unexpected end of a flow collection ('{' or '[' not closed?)");
            return Result(null);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            _sink.Add(Mark.Empty, "a questionnaire file holds one YAML mapping (id, version, title, sections)");
            return Result(null);
        }

        return Result(ParseRoot(root));
    }

    private QuestionnaireLoadResult Result(Questionnaire? questionnaire) =>
        _sink.Errors.Count == 0 ? new(file, questionnaire, []) : new(file, null, _sink.Errors);

    private Questionnaire? ParseRoot(YamlMappingNode root)
    {
        var fields = _sink.Fields(root, RootFields);
        var id = Id(root, fields, "questionnaire");
        var version = Version(root, fields);
        var title = fields.TryGetValue("title", out var titleNode) ? LocalizedTextReader.Read(_sink, titleNode, "questionnaire title") : Missing(root, "title");
        var sections = new List<QuestionnaireSection>();
        if (!fields.TryGetValue("sections", out var sectionsNode))
        {
            _sink.Add(root, "missing required field 'sections'");
        }
        else if (_sink.Node<YamlSequenceNode>(sectionsNode, "sections", "a list of sections") is { } list)
        {
            if (list.Children.Count == 0)
            {
                _sink.Add(list, "the questionnaire has no sections");
            }

            foreach (var node in list.Children)
            {
                if (_sink.Node<YamlMappingNode>(node, "section", "a mapping (id, cluster, instrument, title, questions)") is { } mapping
                    && ParseSection(mapping) is { } section)
                {
                    sections.Add(section);
                }
            }
        }

        return id is null || version is null || title is null ? null : new Questionnaire(id, version.Value, title, sections);
    }

    private QuestionnaireSection? ParseSection(YamlMappingNode node)
    {
        var fields = _sink.Fields(node, SectionFields);
        var id = Id(node, fields, "section");
        if (id is not null)
        {
            Unique(_sectionIds, id, fields["id"], "section");
        }

        var cluster = Code(node, fields, "cluster", ReviewClusters.IsKnown, ReviewClusters.All);
        var instrument = Code(node, fields, "instrument", Instruments.IsKnown, Instruments.All);
        var title = fields.TryGetValue("title", out var titleNode) ? LocalizedTextReader.Read(_sink, titleNode, $"title of section '{id}'") : Missing(node, "title");
        var questions = new List<Question>();
        if (!fields.TryGetValue("questions", out var questionsNode) || questionsNode is YamlSequenceNode { Children.Count: 0 })
        {
            _sink.Add(questionsNode ?? node, $"section '{id}' has no questions");
        }
        else if (_sink.Node<YamlSequenceNode>(questionsNode, "questions", "a list of questions") is { } list)
        {
            foreach (var child in list.Children)
            {
                if (_sink.Node<YamlMappingNode>(child, "question", "a mapping (id, type, text, …)") is { } mapping
                    && ParseQuestion(mapping) is { } question)
                {
                    questions.Add(question);
                }
            }
        }

        return id is null || cluster is null || instrument is null || title is null
            ? null
            : new QuestionnaireSection(id, cluster, instrument, title, questions);
    }

    private Question? ParseQuestion(YamlMappingNode node)
    {
        var fields = _sink.Fields(node, QuestionFields);
        var id = Id(node, fields, "question");
        if (id is not null)
        {
            Unique(_questionIds, id, fields["id"], "question");
        }

        QuestionType? type = null;
        if (_sink.RequiredScalar(node, fields, "type") is { } typeCode)
        {
            if (QuestionTypes.TryParse(typeCode, out var parsed))
            {
                type = parsed;
            }
            else
            {
                _sink.Add(fields["type"], $"unknown question type '{typeCode}' (expected one of: {string.Join(", ", QuestionTypes.Codes)})");
            }
        }

        var text = fields.TryGetValue("text", out var textNode) ? LocalizedTextReader.Read(_sink, textNode, $"text of question '{id}'") : Missing(node, "text");
        var guidance = fields.TryGetValue("guidance", out var guidanceNode) ? LocalizedTextReader.Read(_sink, guidanceNode, $"guidance of question '{id}'") : null;
        var options = Options(node, fields, id, type);
        var tags = Tags(fields);
        return id is null || type is null || text is null ? null : new Question(id, type.Value, text, guidance, options, tags);
    }

    private List<QuestionOption> Options(YamlMappingNode node, Dictionary<string, YamlNode> fields, string? questionId, QuestionType? type)
    {
        var options = new List<QuestionOption>();
        fields.TryGetValue("options", out var optionsNode);
        if (type is { } known && !QuestionTypes.HasOptions(known))
        {
            if (optionsNode is not null)
            {
                _sink.Add(optionsNode, $"options are only allowed on single-choice and multiple-choice questions (question '{questionId}' is {QuestionTypes.ToCode(known)})");
            }

            return options;
        }

        if (type is null)
        {
            return options;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (optionsNode is not null && _sink.Node<YamlSequenceNode>(optionsNode, "options", "a list of options") is { } list)
        {
            foreach (var child in list.Children.OfType<YamlMappingNode>())
            {
                var optionFields = _sink.Fields(child, OptionFields);
                var optionId = Id(child, optionFields, "option");
                if (optionId is not null && !ids.Add(optionId))
                {
                    _sink.Add(optionFields["id"], $"duplicate option id '{optionId}' in question '{questionId}'");
                }

                var optionText = optionFields.TryGetValue("text", out var textNode) ? LocalizedTextReader.Read(_sink, textNode, $"text of option '{optionId}'") : Missing(child, "text");
                if (optionId is not null && optionText is not null)
                {
                    options.Add(new QuestionOption(optionId, optionText));
                }
            }
        }

        if (ids.Count < 2)
        {
            _sink.Add(optionsNode ?? node, $"question '{questionId}' is {QuestionTypes.ToCode(type.Value)} and needs at least two options");
        }

        return options;
    }

    private List<string> Tags(Dictionary<string, YamlNode> fields)
    {
        var tags = new List<string>();
        if (!fields.TryGetValue("tags", out var node) || _sink.Node<YamlSequenceNode>(node, "tags", "a list of thematic areas") is not { } list)
        {
            return tags;
        }

        foreach (var child in list.Children)
        {
            if (_sink.Scalar(child, "tag") is not { } tag)
            {
                continue;
            }

            if (!ThematicAreas.IsKnown(tag))
            {
                _sink.Add(child, $"unknown thematic tag '{tag}' (expected one of: {string.Join(", ", ThematicAreas.All)})");
            }
            else if (!tags.Contains(tag, StringComparer.Ordinal))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    private string? Id(YamlMappingNode owner, Dictionary<string, YamlNode> fields, string what)
    {
        var id = _sink.RequiredScalar(owner, fields, "id");
        if (id is not null && !KebabCase().IsMatch(id))
        {
            _sink.Add(fields["id"], $"{what} id '{id}' must be kebab-case (lower-case letters, digits and single hyphens)");
            return null;
        }

        return id;
    }

    private int? Version(YamlMappingNode root, Dictionary<string, YamlNode> fields)
    {
        var text = _sink.RequiredScalar(root, fields, "version");
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0)
        {
            return version;
        }

        _sink.Add(fields["version"], $"'version' must be a positive integer, not '{text}'");
        return null;
    }

    private string? Code(YamlMappingNode owner, Dictionary<string, YamlNode> fields, string name, Func<string, bool> isKnown, IReadOnlyList<string> all)
    {
        var code = _sink.RequiredScalar(owner, fields, name);
        if (code is null || isKnown(code))
        {
            return code;
        }

        _sink.Add(fields[name], $"unknown {name} '{code}' (expected one of: {string.Join(", ", all)})");
        return null;
    }

    private void Unique(Dictionary<string, Mark> seen, string id, YamlNode node, string what)
    {
        if (!seen.TryAdd(id, node.Start))
        {
            _sink.Add(node, $"duplicate {what} id '{id}' (first defined at line {seen[id].Line})");
        }
    }

    private LocalizedText? Missing(YamlMappingNode owner, string name)
    {
        _sink.Add(owner, $"missing required field '{name}'");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
