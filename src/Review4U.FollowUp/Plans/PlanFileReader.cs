using System.Globalization;
using Review4U.Data.Members;
using Review4U.FollowUp.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Review4U.FollowUp.Plans;

/// <summary>
/// Reads a plan YAML (docs/vpi-import.md, "Annual activity plan"): <c>title</c>, <c>year</c>, <c>quorum</c> and
/// <c>activities</c>, each with key, kind, title, starts, ends, owner, location, description, reminders. Times are the
/// body's local time (<c>2027-01-14T10:00</c>, or a date for a whole working day, 09:00–17:00).
/// </summary>
internal static class PlanFileReader
{
    private static readonly string[] Fields = ["key", "kind", "title", "description", "location", "starts", "ends", "owner", "reminders"];
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static (string Title, int Year, int Quorum, List<SourceActivity> Activities, List<ImportProblem> Problems) Read(string fileName, string content)
    {
        var problems = new List<ImportProblem>();
        var activities = new List<SourceActivity>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException e)
        {
            problems.Add(new ImportProblem(fileName, (int)Math.Max(1, e.Start.Line), "yaml", "not valid YAML: " + e.Message));
            return ("", 0, 0, activities, problems);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new ImportProblem(fileName, 1, "plan", "expected a mapping with title, year, quorum and activities"));
            return ("", 0, 0, activities, problems);
        }

        var title = Scalar(root, "title") ?? "";
        if (title.Length == 0)
        {
            problems.Add(new ImportProblem(fileName, Line(root, "title"), "title", "required"));
        }

        var year = Int(fileName, root, "year", problems, required: true, min: 2000, max: 2100) ?? 0;
        var quorum = Int(fileName, root, "quorum", problems, required: false, min: 1, max: 50) ?? 2;
        if (Child(root, "activities") is not YamlSequenceNode list || list.Children.Count == 0)
        {
            problems.Add(new ImportProblem(fileName, Line(root, "activities"), "activities", "expected a non-empty list of activities"));
            return (title, year, quorum, activities, problems);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode map)
            {
                problems.Add(new ImportProblem(fileName, (int)node.Start.Line, "activities", "expected a mapping with key, kind, title, starts, owner…"));
                continue;
            }

            if (ReadActivity(fileName, map, year, keys, problems) is { } activity)
            {
                activities.Add(activity);
            }
        }

        return (title, year, quorum, activities, problems);
    }

    private static SourceActivity? ReadActivity(string fileName, YamlMappingNode map, int year, HashSet<string> keys, List<ImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(string field, string message) => problems.Add(new ImportProblem(fileName, Line(map, field), field, message));
        foreach (var (name, _) in map.Children)
        {
            var field = (name as YamlScalarNode)?.Value ?? "";
            if (!Fields.Contains(field, StringComparer.Ordinal))
            {
                problems.Add(new ImportProblem(fileName, (int)name.Start.Line, field, $"unknown field (expected {string.Join(", ", Fields)})"));
            }
        }

        var key = Scalar(map, "key") ?? "";
        if (key.Length == 0 || key.Length > 40)
        {
            Problem("key", "required, at most 40 characters");
        }
        else if (!keys.Add(key))
        {
            Problem("key", $"\"{key}\" is used twice");
        }

        var kind = Scalar(map, "kind") ?? "";
        if (!ActivityKinds.All.Contains(kind))
        {
            Problem("kind", $"\"{kind}\" is not an activity kind (expected one of {string.Join(", ", ActivityKinds.All)})");
        }

        var title = Scalar(map, "title") ?? "";
        if (title.Length == 0)
        {
            Problem("title", "required");
        }

        var owner = Scalar(map, "owner") ?? "";
        if (owner.Length == 0)
        {
            Problem("owner", "required: the email of a member contact");
        }

        var starts = Time(Scalar(map, "starts"), isEnd: false);
        if (starts is null)
        {
            Problem("starts", $"\"{Scalar(map, "starts")}\" is not a date (yyyy-MM-dd) or a local time (yyyy-MM-ddTHH:mm)");
        }
        else if (starts.Value.Value.Year != year)
        {
            Problem("starts", $"{starts.Value.Value:yyyy-MM-dd} is not in the plan's year {year}");
        }

        var endsText = Scalar(map, "ends");
        var ends = endsText is null ? starts is { } s ? Default(s, Scalar(map, "starts")!) : null : Time(endsText, isEnd: true);
        if (endsText is not null && ends is null)
        {
            Problem("ends", $"\"{endsText}\" is not a date or a local time");
        }
        else if (starts is not null && ends is not null && ends.Value.Value <= starts.Value.Value)
        {
            Problem("ends", "must be after starts");
        }

        var reminders = new List<int>();
        if (Child(map, "reminders") is { } remindersNode)
        {
            if (remindersNode is YamlSequenceNode sequence
                && sequence.Children.All(c => c is YamlScalarNode n && int.TryParse(n.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is > 0 and <= 365))
            {
                reminders.AddRange(sequence.Children.Select(c => int.Parse(((YamlScalarNode)c).Value!, CultureInfo.InvariantCulture)));
            }
            else
            {
                Problem("reminders", "expected a list of days before the start, e.g. [14, 2]");
            }
        }
        else
        {
            reminders.AddRange([14, 2]);
        }

        return problems.Count > before
            ? null
            : new SourceActivity((int)map.Start.Line, key, kind, title, Scalar(map, "description"), Scalar(map, "location"), starts!.Value, ends!.Value, owner, Line(map, "owner"), reminders);
    }

    private static LocalDateTime? Time(string? text, bool isEnd)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return new LocalDateTime(at);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new LocalDateTime(day.ToDateTime(new TimeOnly(isEnd ? 17 : 9, 0)))
            : null;
    }

    // Without an end: a whole working day for a date, two hours for a time.
    private static LocalDateTime Default(LocalDateTime starts, string startsText) =>
        startsText.Length == 10 ? new LocalDateTime(starts.Value.Date.AddHours(17)) : new LocalDateTime(starts.Value.AddHours(2));

    private static int? Int(string fileName, YamlMappingNode map, string name, List<ImportProblem> problems, bool required, int min, int max)
    {
        var text = Scalar(map, name);
        if (text is null)
        {
            if (required)
            {
                problems.Add(new ImportProblem(fileName, Line(map, name), name, "required"));
            }

            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            problems.Add(new ImportProblem(fileName, Line(map, name), name, string.Create(CultureInfo.InvariantCulture, $"\"{text}\" is not a number from {min} to {max}")));
            return null;
        }

        return value;
    }

    private static string? Scalar(YamlMappingNode map, string name) =>
        Child(map, name) is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;

    private static YamlNode? Child(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    private static int Line(YamlMappingNode map, string name) =>
        (int)(Child(map, name)?.Start.Line ?? map.Start.Line);
}
