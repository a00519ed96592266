using System.Collections;
using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Registry;

/// <summary>Maps CLR property types of parameters records to <see cref="DataType"/>.</summary>
public static class ClrTypeMapping
{
    public static DataType ToDataType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var core = Nullable.GetUnderlyingType(type) ?? type;
        return core switch
        {
            _ when core == typeof(string) || core.IsEnum => DataType.String,
            _ when core == typeof(int) || core == typeof(long) || core == typeof(short) => DataType.Int,
            _ when core == typeof(decimal) || core == typeof(double) || core == typeof(float) => DataType.Decimal,
            _ when core == typeof(bool) => DataType.Bool,
            _ when core == typeof(DateOnly) => DataType.Date,
            _ when core == typeof(DateTimeOffset) || core == typeof(DateTime) => DataType.DateTime,
            _ when core == typeof(TimeSpan) => DataType.Duration,
            _ when typeof(IDictionary).IsAssignableFrom(core) || ImplementsGeneric(core, typeof(IReadOnlyDictionary<,>)) => DataType.Object,
            _ when typeof(IEnumerable).IsAssignableFrom(core) => DataType.List,
            _ => DataType.Any,
        };
    }

    /// <summary>For an enum (or nullable enum) type, its member names in camel case; empty otherwise.</summary>
    public static IReadOnlyList<string> EnumNames(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var core = Nullable.GetUnderlyingType(type) ?? type;
        return core.IsEnum ? [.. Enum.GetNames(core).Select(JsonNaming.CamelCase)] : [];
    }

    /// <summary>A default shown in docs: enums as their camel-case name, empty collections as nothing.</summary>
    public static object? ToPlainDefault(object? value) => value switch
    {
        null => null,
        Enum member => JsonNaming.CamelCase(member.ToString()),
        string text => text,
        ICollection { Count: 0 } => null,
        _ => value,
    };

    private static bool ImplementsGeneric(Type type, Type generic) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == generic)
        || type.GetInterfaces().Any(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == generic);
}
