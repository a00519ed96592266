using Review4U.Domain.Vocabulary;

namespace Review4U.Rounds.Recipients;

/// <summary>
/// Who a round asks: <c>all</c> members, those working on a thematic area (<c>area:trafficking-in-persons</c>),
/// those in a working group (<c>group:GUID</c>), or a list of organisation keys or contact emails (<c>list:a,b</c>).
/// </summary>
public sealed record RecipientRule(string Kind, IReadOnlyList<string> Values)
{
    public const string All = "all";
    public const string Area = "area";
    public const string Group = "group";
    public const string List = "list";

    public static RecipientRule Everyone { get; } = new(All, []);

    public static RecipientRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed == All)
        {
            return Everyone;
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? trimmed : trimmed[..colon];
        var values = colon < 0
            ? []
            : trimmed[(colon + 1)..].Split([',', '\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return kind switch
        {
            Area when values.Length > 0 && values.All(ThematicAreas.IsKnown) => new RecipientRule(Area, values),
            Area => throw new FormatException(
                $"recipients: 'area:' needs thematic area codes ({string.Join(", ", ThematicAreas.All)}), got '{trimmed}'."),
            Group when values.Length > 0 && values.All(v => Guid.TryParse(v, out _)) => new RecipientRule(Group, values),
            Group => throw new FormatException($"recipients: 'group:' needs working group ids (GUIDs), got '{trimmed}'."),
            List when values.Length > 0 => new RecipientRule(List, values.Select(v => v.ToLowerInvariant()).ToList()),
            List => throw new FormatException("recipients: 'list:' needs at least one organisation key or contact email."),
            _ => throw new FormatException($"recipients: expected all, area:X, group:ID or list:…, got '{trimmed}'."),
        };
    }

    public override string ToString() => Kind == All ? All : $"{Kind}:{string.Join(',', Values)}";
}
