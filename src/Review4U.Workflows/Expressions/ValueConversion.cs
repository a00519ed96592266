using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Expressions;

/// <summary>
/// Strict conversion of plain values (YAML text, rendered templates, JSON) to a <see cref="DataType"/>:
/// Int → <see cref="long"/>, Decimal → <see cref="decimal"/>, Date → <see cref="DateOnly"/>, DateTime → <see cref="DateTimeOffset"/>,
/// Duration → <see cref="TimeSpan"/>, List → <see cref="IReadOnlyList{T}"/> of object, Object → <see cref="IReadOnlyDictionary{TKey, TValue}"/>.
/// </summary>
public static class ValueConversion
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
    ];

    public static object? Convert(object? value, DataType type) =>
        TryConvert(value, type, out var result, out var error) ? result : throw new ExpressionException(error);

    public static bool TryConvert(object? value, DataType type, out object? result, [NotNullWhen(false)] out string? error)
    {
        value = Normalize(value);
        error = null;
        result = null;
        if (value is null)
        {
            return true;
        }

        result = type switch
        {
            DataType.Any => value,
            DataType.String => ToText(value),
            DataType.Int => ToInt(value),
            DataType.Decimal => ToDecimal(value),
            DataType.Bool => ToBool(value),
            DataType.Date => ToDate(value),
            DataType.DateTime => ToDateTime(value),
            DataType.Duration => ToDuration(value),
            DataType.Email => ToEmail(value),
            DataType.List => value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?> ? value : null,
            DataType.Object => value is IReadOnlyDictionary<string, object?> ? value : null,
            _ => null,
        };
        if (result is null)
        {
            error = type == DataType.Duration && value is string text && !IsoDuration.TryParse(text.Trim(), out _, out var durationError)
                ? durationError
                : $"'{Describe(value)}' is not {Short(type)}";
            return false;
        }

        return true;
    }

    private static string Short(DataType type) => type switch
    {
        DataType.Date => "a date",
        DataType.DateTime => "a date-time",
        DataType.Duration => "a duration",
        _ => Expected(type),
    };

    /// <summary>What a value of this type looks like, for hints.</summary>
    public static string Expected(DataType type) => type switch
    {
        DataType.Int => "an integer",
        DataType.Decimal => "a number",
        DataType.Bool => "true or false",
        DataType.Date => "a date (yyyy-MM-dd)",
        DataType.DateTime => "an ISO 8601 date-time such as 2026-11-24T09:00:00Z",
        DataType.Duration => IsoDuration.Hint,
        DataType.Email => "an email address",
        DataType.List => "a list",
        DataType.Object => "a map",
        DataType.String => "text",
        _ => "a value",
    };

    /// <summary>JSON elements and foreign collections become string / long / decimal / bool / null, lists and dictionaries.</summary>
    public static object? Normalize(object? value) => value switch
    {
        JsonElement element => FromJson(element),
        IReadOnlyDictionary<string, object?> or string => value,
        IDictionary dictionary => dictionary.Keys.Cast<object>().ToDictionary(
            key => System.Convert.ToString(key, CultureInfo.InvariantCulture) ?? "", key => Normalize(dictionary[key]), StringComparer.Ordinal),
        IEnumerable<object?> list when value is not IReadOnlyList<object?> => list.Select(Normalize).ToList(),
        int number => (long)number,
        short number => (long)number,
        double number => (decimal)number,
        float number => (decimal)number,
        DateTime time => new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time),
        _ => value,
    };

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : (object)element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(property => property.Name, property => FromJson(property.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static string? ToText(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeSpan duration => IsoDuration.Format(duration),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable => null,
        _ => value.ToString(),
    };

    private static object? ToInt(object value) => value switch
    {
        long number => number,
        decimal number when decimal.Truncate(number) == number && number is >= long.MinValue and <= long.MaxValue => (long)number,
        string text when long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    private static object? ToDecimal(object value) => value switch
    {
        long number => (decimal)number,
        decimal number => number,
        string text when decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    private static object? ToBool(object value) => value switch
    {
        bool flag => flag,
        string text when text.Trim() is "true" or "True" or "TRUE" => true,
        string text when text.Trim() is "false" or "False" or "FALSE" => false,
        _ => null,
    };

    private static object? ToDate(object value) => value switch
    {
        DateOnly date => date,
        DateTimeOffset time => DateOnly.FromDateTime(time.UtcDateTime),
        string text when DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        _ => null,
    };

    private static object? ToDateTime(object value) => value switch
    {
        DateTimeOffset time => time,
        DateOnly date => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        string text when DateTimeOffset.TryParseExact(text.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) => time,
        _ => null,
    };

    private static object? ToDuration(object value) => value switch
    {
        TimeSpan duration => duration,
        string text when IsoDuration.TryParse(text.Trim(), out var duration) => duration,
        _ => null,
    };

    private static string? ToEmail(object value) =>
        value is string text && MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim() && address.DisplayName.Length == 0
            ? address.Address
            : null;

    private static string Describe(object value) => value switch
    {
        string text => text,
        IReadOnlyDictionary<string, object?> => "a map",
        IEnumerable => "a list",
        _ => ToText(value) ?? value.GetType().Name,
    };
}
