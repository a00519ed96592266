using System.Diagnostics.CodeAnalysis;

namespace Review4U.Workflows.Definitions;

/// <summary>The YAML spelling of each <see cref="DataType"/> (<c>string</c>, <c>datetime</c>, …).</summary>
public static class DataTypeNames
{
    private static readonly Dictionary<string, DataType> ByName = new(StringComparer.Ordinal)
    {
        ["any"] = DataType.Any,
        ["string"] = DataType.String,
        ["int"] = DataType.Int,
        ["decimal"] = DataType.Decimal,
        ["bool"] = DataType.Bool,
        ["date"] = DataType.Date,
        ["datetime"] = DataType.DateTime,
        ["duration"] = DataType.Duration,
        ["email"] = DataType.Email,
        ["list"] = DataType.List,
        ["object"] = DataType.Object,
    };

    /// <summary>Every name, in declaration order, for hints and the schema.</summary>
    public static IReadOnlyList<string> All { get; } = [.. ByName.Keys];

    public static string ToName(this DataType type) => ByName.First(pair => pair.Value == type).Key;

    public static bool TryParse(string? name, [NotNullWhen(true)] out DataType? type)
    {
        if (name is not null && ByName.TryGetValue(name, out var found))
        {
            type = found;
            return true;
        }

        type = null;
        return false;
    }
}
