using System.Globalization;
using Fluid.Values;
using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Expressions;

/// <summary>
/// Reads a Fluid value as an instant: a date value, or text in the ISO 8601 forms inputs typed <c>datetime</c> and
/// <c>date</c> accept (a value that went through the database comes back as such text). Date-only and offset-less
/// text is UTC.
/// </summary>
internal static class Instants
{
    public static bool TryRead(FluidValue value, out DateTimeOffset instant)
    {
        switch (value)
        {
            case DateTimeValue date:
                instant = (DateTimeOffset)date.ToObjectValue();
                return true;
            case StringValue text when LooksLikeDate(text.ToStringValue())
                && ValueConversion.TryConvert(text.ToStringValue().Trim(), DataType.DateTime, out var converted, out _):
                instant = (DateTimeOffset)converted!;
                return true;
            default:
                instant = default;
                return false;
        }
    }

    /// <summary>The value as an instant, or a clear error naming the filter that needed one.</summary>
    public static DateTimeOffset Read(FluidValue value, string filter) =>
        TryRead(value, out var instant)
            ? instant
            : throw new ExpressionException(
                $"filter '{filter}' needs a date-time (a datetime value or ISO 8601 text such as 2026-11-24T09:00:00Z), not '{value.ToStringValue()}'");

    // A cheap guard before the parse: ISO dates start with four digits and a dash.
    private static bool LooksLikeDate(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length >= 10 && char.IsAsciiDigit(trimmed[0]) && char.IsAsciiDigit(trimmed[3]) && trimmed[4] == '-'
            && int.TryParse(trimmed[..4], NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
