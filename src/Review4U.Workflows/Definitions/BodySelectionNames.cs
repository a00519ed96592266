using System.Diagnostics.CodeAnalysis;

namespace Review4U.Workflows.Definitions;

/// <summary>The YAML spelling of each <see cref="BodySelection"/> (<c>alliance</c>, <c>network</c>, <c>all</c>).</summary>
public static class BodySelectionNames
{
    private static readonly Dictionary<string, BodySelection> ByName = new(StringComparer.Ordinal)
    {
        ["alliance"] = BodySelection.Alliance,
        ["network"] = BodySelection.Network,
        ["all"] = BodySelection.All,
    };

    /// <summary>Every name, for hints and the schema.</summary>
    public static IReadOnlyList<string> All { get; } = [.. ByName.Keys];

    public static string ToName(this BodySelection selection) => ByName.First(pair => pair.Value == selection).Key;

    public static bool TryParse(string? name, [NotNullWhen(true)] out BodySelection? selection)
    {
        if (name is not null && ByName.TryGetValue(name, out var found))
        {
            selection = found;
            return true;
        }

        selection = null;
        return false;
    }

    /// <summary>Whether a body of <paramref name="kind"/> (<c>alliance</c> or <c>network</c>) is selected.</summary>
    public static bool Includes(this BodySelection selection, string kind) =>
        selection == BodySelection.All || string.Equals(kind, selection.ToName(), StringComparison.Ordinal);
}
