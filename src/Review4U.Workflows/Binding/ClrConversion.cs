using System.Globalization;
using Review4U.Workflows.Registry;

namespace Review4U.Workflows.Binding;

/// <summary>From the plain values of <see cref="Expressions.ValueConversion"/> to a parameters record's property type.</summary>
public static class ClrConversion
{
    public static object? ToClr(object? value, Type target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var core = Nullable.GetUnderlyingType(target) ?? target;
        if (value is null)
        {
            return null;
        }

        if (core.IsInstanceOfType(value) && !core.IsEnum)
        {
            return value;
        }

        return value switch
        {
            string text when core.IsEnum => ToEnum(text, core),
            long number when core == typeof(int) => checked((int)number),
            long number when core == typeof(short) => checked((short)number),
            long number when core == typeof(decimal) => (decimal)number,
            long number when core == typeof(double) => (double)number,
            decimal number when core == typeof(double) => (double)number,
            decimal number when core == typeof(float) => (float)number,
            DateTimeOffset time when core == typeof(DateTime) => time.UtcDateTime,
            string text when core == typeof(Guid) => Guid.TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a GUID"),
            IEnumerable<object?> list when core == typeof(IReadOnlyList<string>) || core == typeof(string[]) =>
                ToStrings(list, core),
            IEnumerable<object?> list when core.IsAssignableFrom(typeof(List<object?>)) => list.ToList(),
            _ => throw new InvalidCastException($"a {value.GetType().Name} cannot be given to a {core.Name} parameter"),
        };
    }

    private static object ToEnum(string text, Type enumType)
    {
        foreach (var name in Enum.GetNames(enumType))
        {
            if (string.Equals(JsonNaming.CamelCase(name), text, StringComparison.Ordinal) || string.Equals(name, text, StringComparison.Ordinal))
            {
                return Enum.Parse(enumType, name);
            }
        }

        throw new FormatException($"'{text}' is not one of: {string.Join(", ", Enum.GetNames(enumType).Select(JsonNaming.CamelCase))}");
    }

    private static object ToStrings(IEnumerable<object?> list, Type target)
    {
        var strings = list.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture) ?? "").ToArray();
        return target == typeof(string[]) ? strings : strings.ToList();
    }
}
