using System.Diagnostics.CodeAnalysis;

namespace Review4U.Workflows.Definitions;

/// <summary>A YAML mapping with string keys, in file order, with the location of every key.</summary>
public sealed record MapParameterValue(IReadOnlyList<ParameterEntry> Entries, SourceLocation Location) : ParameterValue(Location)
{
    private Dictionary<string, ParameterEntry>? byKey;

    /// <summary>An empty map (a step without <c>with:</c>).</summary>
    public static MapParameterValue Empty(SourceLocation location) => new([], location);

    public IEnumerable<string> Keys => Entries.Select(entry => entry.Key);

    public int Count => Entries.Count;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ParameterValue value)
    {
        byKey ??= Entries.GroupBy(entry => entry.Key, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        if (byKey.TryGetValue(key, out var entry))
        {
            value = entry.Value;
            return true;
        }

        value = null;
        return false;
    }

    public ParameterValue? this[string key] => TryGetValue(key, out var value) ? value : null;

    public override object? ToPlainValue() =>
        Entries.ToDictionary(entry => entry.Key, entry => entry.Value.ToPlainValue(), StringComparer.Ordinal);
}
