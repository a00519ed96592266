using Fluid.Values;

namespace Review4U.Workflows.Expressions;

/// <summary>A map seen by Fluid; reading a key it does not have throws, naming the path and the keys it has.</summary>
internal sealed class StrictDictionaryIndexable(IReadOnlyDictionary<string, object?> source, string path) : IFluidIndexable
{
    public IReadOnlyDictionary<string, object?> Source { get; } = source;

    public int Count => Source.Count;

    public IEnumerable<string> Keys => Source.Keys;

    public bool TryGetValue(string name, out FluidValue value)
    {
        if (Source.TryGetValue(name, out var item))
        {
            value = FluidValues.ToFluid(item, $"{path}.{name}");
            return true;
        }

        // Liquid's own members of a map; anything else is a typo or a missing value and must not render empty.
        if (name is "size")
        {
            value = NumberValue.Create(Source.Count);
            return true;
        }

        var known = Source.Count == 0 ? "it is empty" : "it has: " + string.Join(", ", Source.Keys.Order(StringComparer.Ordinal));
        throw new ExpressionException($"'{path}.{name}' is not defined ({known}).");
    }
}
