using System.Collections;
using System.Globalization;
using Fluid.Values;

namespace Review4U.Workflows.Expressions;

/// <summary>
/// Converts plain scope data to Fluid values and back. Maps are wrapped lazily (<see cref="StrictDictionaryIndexable"/>)
/// so a large scope costs nothing until read, and a missing key is an error naming the path, not an empty string.
/// </summary>
internal static class FluidValues
{
    public static FluidValue ToFluid(object? value, string path)
    {
        value = ValueConversion.Normalize(value);
        return value switch
        {
            null => new NullValue(path),
            FluidValue fluid => fluid,
            string text => new StringValue(text),
            bool flag => BooleanValue.Create(flag),
            long number => NumberValue.Create(number),
            decimal number => NumberValue.Create(number),
            DateTimeOffset time => new DateTimeValue(time),
            DateOnly date => new StringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            TimeSpan duration => new StringValue(IsoDuration.Format(duration)),
            Guid id => new StringValue(id.ToString()),
            IReadOnlyDictionary<string, object?> map => new DictionaryValue(new StrictDictionaryIndexable(map, path)),
            IEnumerable list => new ArrayValue(list.Cast<object?>().Select((item, i) => ToFluid(item, $"{path}[{i}]")).ToList()),
            IFormattable formattable => new StringValue(formattable.ToString(null, CultureInfo.InvariantCulture)),
            _ => throw new ExpressionException($"'{path}' holds a {value.GetType().Name}, which templates cannot read; store plain data (text, numbers, lists, maps)."),
        };
    }

    public static object? ToPlain(FluidValue value) => value switch
    {
        NilValue or EmptyValue or NullValue => null,
        StringValue text => text.ToStringValue(),
        BooleanValue flag => flag.ToBooleanValue(),
        NumberValue number => number.IsInteger() ? (long)number.ToNumberValue() : (object)number.ToNumberValue(),
        DateTimeValue time => (DateTimeOffset)time.ToObjectValue(),
        ArrayValue array => array.Values.Select(ToPlain).ToList(),
        DictionaryValue map => ToPlain(map),
        _ => value.ToObjectValue(),
    };

    private static Dictionary<string, object?> ToPlain(DictionaryValue map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (map.ToObjectValue() is StrictDictionaryIndexable strict)
        {
            foreach (var (key, item) in strict.Source)
            {
                result[key] = item;
            }

            return result;
        }

        if (map.ToObjectValue() is IFluidIndexable indexable)
        {
            foreach (var key in indexable.Keys)
            {
                result[key] = indexable.TryGetValue(key, out var item) ? ToPlain(item) : null;
            }
        }

        return result;
    }
}
