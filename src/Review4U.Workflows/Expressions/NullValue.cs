using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Review4U.Workflows.Expressions;

/// <summary>
/// A key that holds null: defined, and read as Liquid's nil (false, empty text, equal to <c>nil</c> and <c>blank</c>).
/// Fluid's strict variables treat its own <see cref="NilValue"/> as "undefined" wherever a member path reaches it,
/// which made an optional input that is not set unreadable; only reading a member of it is an error, naming the path.
/// </summary>
internal sealed class NullValue(string path) : FluidValue
{
    public string Path { get; } = path;

    public override Fluid.Values.FluidValues Type => Fluid.Values.FluidValues.Nil;

    public override bool Equals(FluidValue other) =>
        other is NullValue || other.IsNil() || other == BlankValue.Instance;

    public override bool ToBooleanValue() => false;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => "";

    public override object? ToObjectValue() => null;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
        throw new ExpressionException($"'{Path}' is null, so '{Path}.{name}' cannot be read; test it first ({{% if {Path} %}}) or give a default.");

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => ValueTask.CompletedTask;

    /// <summary>Every filter registered so far sees Liquid's own nil for a null input (<c>default</c> then replaces it).</summary>
    public static void ReadAsNilIn(FilterCollection filters)
    {
        foreach (var (name, filter) in filters.ToList())
        {
            filters.AddFilter(name, (input, arguments, context) => filter(input is NullValue ? NilValue.Instance : input, arguments, context));
        }
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => 0;
}
